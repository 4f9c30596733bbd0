package ng.korrect.platform.inbox;

import java.time.Instant;
import java.util.Optional;

/**
 * One notification in a user's inbox.
 *
 * @param id the notification's id
 * @param userId the recipient
 * @param kind what it is about, e.g. {@code booking.created} or {@code welcome}
 * @param title a short title
 * @param body the text
 * @param data extra data as a JSON object text (from {@code notification.send}), if any
 * @param urgent whether it is an urgent alert
 * @param createdAt when it was written
 * @param readAt when the user marked it read, if they did
 */
public record Notification(String id, String userId, String kind, String title, String body, Optional<String> data,
                           boolean urgent, Instant createdAt, Optional<Instant> readAt) {
}
