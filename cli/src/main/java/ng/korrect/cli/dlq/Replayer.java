package ng.korrect.cli.dlq;

import io.lettuce.core.Range;
import io.lettuce.core.TransactionResult;
import io.lettuce.core.api.sync.RedisCommands;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ng.korrect.bus.ReplayStream;
import ng.korrect.cli.redis.Replies;

/**
 * Moves a dead letter onto the replay stream of the group that failed it, {@code korrect:replay:{group}},
 * which only that group reads: its {@code data} unchanged, with its type and its own id, added in the
 * same {@code MULTI}/{@code EXEC} that deletes the dead letter. An interrupted replay therefore leaves
 * each dead letter either still there or moved, never both, and running it again moves the rest. The
 * dead-letter stream is watched, so that two replays running at once cannot move one dead letter twice.
 */
final class Replayer {

    private static final int ATTEMPTS = 10;

    private final RedisCommands<String, byte[]> redis;

    Replayer(RedisCommands<String, byte[]> redis) {
        this.redis = redis;
    }

    /** The replay stream entry id; empty when the dead letter was gone already (replayed or purged meanwhile). */
    Optional<String> replay(DeadLetter deadLetter, String group) {
        String deadLetters = deadLetter.type().deadLetterKey();
        Map<String, byte[]> fields = new LinkedHashMap<>();
        fields.put(ReplayStream.DATA_FIELD, deadLetter.data().orElseThrow());
        fields.put(ReplayStream.TYPE_FIELD, bytes(deadLetter.type().wireName()));
        fields.put(ReplayStream.DEAD_LETTER_FIELD, bytes(deadLetter.id()));
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            redis.watch(deadLetters);
            if (redis.xrange(deadLetters, Range.create(deadLetter.id(), deadLetter.id())).isEmpty()) {
                redis.unwatch();
                return Optional.empty();
            }
            redis.multi();
            redis.xadd(ReplayStream.key(group), fields);
            redis.xdel(deadLetters, deadLetter.id());
            TransactionResult result = redis.exec();
            if (!result.wasDiscarded()) {
                return Optional.of((String) result.get(0));
            }
            // the dead-letter stream changed between the look and the move: look again
        }
        throw new IllegalStateException("the dead letters of " + deadLetter.type().wireName()
                + " kept changing; run the replay again");
    }

    /** Whether the group has a consumer group on its replay stream, so that a replayed entry gets read. */
    boolean hasReader(String group) {
        String key = ReplayStream.key(group);
        if (redis.exists(key) == 0) {
            return false;
        }
        List<Object> groups = redis.xinfoGroups(key);
        return groups.stream().anyMatch(info -> group.equals(Replies.text(Replies.asMap(info).get("name"))));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
