package ng.korrect.bus.internal;

import io.lettuce.core.StreamMessage;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import ng.korrect.bus.ReplayStream;
import ng.korrect.catalog.EventType;

/**
 * A stream that a group reads: the event stream of one type, whose entries are all of that type, or
 * the group's replay stream, whose entries name their type in a field.
 *
 * @param key the stream key
 * @param streamType the type of every entry on an event stream; null for the replay stream
 */
record GroupStream(String key, EventType streamType) {

    static GroupStream events(EventType type) {
        return new GroupStream(type.streamKey(), type);
    }

    static GroupStream replay(String group) {
        return new GroupStream(ReplayStream.key(group), null);
    }

    /**
     * The pending entry that message makes; empty for a replay entry whose type cannot be told (deleted
     * while pending, or without a catalog type in its {@value ReplayStream#TYPE_FIELD} field).
     */
    Optional<PendingEntry> entry(StreamMessage<String, byte[]> message, long deliveryCount) {
        Map<String, byte[]> body = message.getBody() == null || message.getBody().isEmpty() ? null : message.getBody();
        if (streamType != null) {
            return Optional.of(PendingEntry.onEventStream(streamType, message.getId(), body, deliveryCount));
        }
        return Optional.ofNullable(body)
                .map(fields -> fields.get(ReplayStream.TYPE_FIELD))
                .flatMap(type -> EventType.fromWireName(new String(type, StandardCharsets.UTF_8)))
                .map(type -> new PendingEntry(type, key, message.getId(), body, deliveryCount));
    }

    @Override
    public String toString() {
        return key;
    }
}
