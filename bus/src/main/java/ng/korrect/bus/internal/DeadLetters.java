package ng.korrect.bus.internal;

import io.lettuce.core.TransactionResult;
import io.lettuce.core.api.sync.RedisCommands;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import ng.korrect.catalog.EventCodec;

/**
 * Moves an entry to {@code korrect:dlq:{type}} and acknowledges it in one {@code MULTI}/{@code EXEC},
 * so that a crash between the two can neither lose the entry nor dead-letter it twice. The dead letter
 * keeps the entry's fields unchanged ({@code data} above all) and adds {@code group}, {@code consumer},
 * {@code entryId}, {@code deliveries}, {@code error}, {@code failedAt}, {@code stream} (the stream the entry
 * was read from: the type's event stream, or the group's replay stream) and {@code permanent} ({@code true} when
 * no delivery could have succeeded: a permanent failure of a handler, an entry that cannot be decoded;
 * {@code false} when a retriable failure ran out of deliveries). Dead-letter streams are never trimmed.
 */
final class DeadLetters {

    private final RedisConnections connections;
    private final Clock clock;

    DeadLetters(RedisConnections connections, Clock clock) {
        this.connections = connections;
        this.clock = clock;
    }

    /** Dead-letters the entry for that reason; throws when Redis did not take it, leaving the entry pending. */
    void deadLetter(PendingEntry entry, String group, String consumer, String reason, boolean permanent) {
        Map<String, byte[]> fields = new LinkedHashMap<>();
        if (entry.fields() != null) {
            fields.putAll(entry.fields());
        }
        fields.put("group", bytes(group));
        fields.put("consumer", bytes(consumer));
        fields.put("entryId", bytes(entry.entryId()));
        fields.put("deliveries", bytes(Long.toString(entry.deliveryCount())));
        fields.put("error", bytes(reason));
        fields.put("failedAt", bytes(EventCodec.formatTimestamp(clock.instant())));
        fields.put("stream", bytes(entry.stream()));
        fields.put("permanent", bytes(Boolean.toString(permanent)));
        TransactionResult result = connections.inTransactionConnection(connection -> {
            RedisCommands<String, byte[]> commands = connection.sync();
            commands.multi();
            commands.xadd(entry.type().deadLetterKey(), fields);
            commands.xack(entry.stream(), group, entry.entryId());
            return commands.exec();
        });
        if (result.wasDiscarded()) {
            throw new IllegalStateException("the dead-letter transaction for " + entry.key() + " was discarded");
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
