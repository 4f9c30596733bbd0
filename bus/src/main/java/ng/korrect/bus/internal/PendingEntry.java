package ng.korrect.bus.internal;

import java.util.Map;
import ng.korrect.catalog.EventType;

/**
 * A stream entry this consumer holds, read or claimed and not yet acknowledged.
 *
 * @param type the event type of the stream it came from
 * @param entryId its stream entry id
 * @param fields its fields as read; null when the entry was deleted or trimmed while pending
 * @param deliveryCount how many times it has been delivered, this time included
 */
record PendingEntry(EventType type, String entryId, Map<String, byte[]> fields, long deliveryCount) {

    String stream() {
        return type.streamKey();
    }

    /** The key that identifies the entry across streams, for the set of entries in flight. */
    String key() {
        return type.wireName() + '/' + entryId;
    }

    PendingEntry redelivered(Map<String, byte[]> newFields) {
        return new PendingEntry(type, entryId, newFields, deliveryCount + 1);
    }
}
