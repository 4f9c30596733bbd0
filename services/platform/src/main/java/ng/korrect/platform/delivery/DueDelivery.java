package ng.korrect.platform.delivery;

import java.time.Instant;
import java.util.Optional;
import ng.korrect.catalog.payload.NotificationType;

/**
 * A pending delivery whose attempt is due, with what it carries.
 *
 * @param id the delivery's id
 * @param userId the recipient
 * @param channel the channel
 * @param address where to; empty when the recipient was erased meanwhile
 * @param title the notification's title
 * @param body the notification's text
 * @param data the notification's data as JSON text, if any
 * @param attempts attempts made so far
 * @param nextAttemptAt the due time, which a claim compares against
 */
public record DueDelivery(String id, String userId, NotificationType channel, Optional<String> address,
                          String title, String body, Optional<String> data, int attempts, Instant nextAttemptAt) {

    /** The message to send, to that address. */
    public OutgoingMessage message(String to) {
        return new OutgoingMessage(id, userId, channel, to, title, body, data);
    }
}
