package ng.korrect.bus.internal;

import java.util.Map;
import ng.korrect.catalog.EventType;

/**
 * A stream entry this consumer holds, read or claimed and not yet acknowledged.
 *
 * @param type the event type: its stream's for an event stream, the entry's own for the group's replay stream
 * @param stream the stream it was read from, where it is acknowledged
 * @param entryId its stream entry id
 * @param fields its fields as read; null when the entry was deleted or trimmed while pending
 * @param deliveryCount how many times it has been delivered, this time included
 */
record PendingEntry(EventType type, String stream, String entryId, Map<String, byte[]> fields, long deliveryCount) {

    /** An entry of the type's own event stream. */
    static PendingEntry onEventStream(EventType type, String entryId, Map<String, byte[]> fields, long deliveryCount) {
        return new PendingEntry(type, type.streamKey(), entryId, fields, deliveryCount);
    }

    /** The key that identifies the entry across streams, for the set of entries in flight. */
    String key() {
        return stream + '/' + entryId;
    }

    /** Whether it came from the group's replay stream rather than its type's event stream. */
    boolean replayed() {
        return !stream.equals(type.streamKey());
    }

    PendingEntry redelivered(Map<String, byte[]> newFields) {
        return new PendingEntry(type, stream, entryId, newFields, deliveryCount + 1);
    }
}
