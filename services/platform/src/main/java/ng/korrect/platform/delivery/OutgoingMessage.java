package ng.korrect.platform.delivery;

import java.util.Objects;
import java.util.Optional;
import ng.korrect.catalog.payload.NotificationType;

/**
 * One message for one channel, as a provider receives it.
 *
 * @param deliveryId the delivery's id; providers may use it to drop duplicates
 * @param userId the recipient's user id
 * @param channel the channel
 * @param address where to: the user id for push, the phone number for SMS, the email address for email
 * @param title the notification's title
 * @param body the notification's text
 * @param data the notification's extra data as a JSON object text, if any
 */
public record OutgoingMessage(String deliveryId, String userId, NotificationType channel, String address,
                              String title, String body, Optional<String> data) {

    /** Rejects nulls. */
    public OutgoingMessage {
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(data, "data");
    }
}
