package ng.korrect.bus;

import java.util.UUID;
import ng.korrect.catalog.EventType;

/**
 * What a publish returns: the event's id and where it landed.
 *
 * @param eventId the envelope's id
 * @param type the event type, hence the stream
 * @param entryId the stream entry id Redis gave it, like {@code 1732650160123-0}
 */
public record PublishReceipt(UUID eventId, EventType type, String entryId) {
}
