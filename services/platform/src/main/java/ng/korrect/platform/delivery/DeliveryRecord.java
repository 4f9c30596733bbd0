package ng.korrect.platform.delivery;

import java.time.Instant;
import java.util.Optional;
import ng.korrect.catalog.payload.NotificationType;

/**
 * One delivery as stored: a notification on its way through one channel.
 *
 * @param id the delivery's id
 * @param notificationId the inbox notification it delivers
 * @param userId the recipient
 * @param channel the channel
 * @param address where to (empty once the recipient was erased)
 * @param status where it stands
 * @param attempts how many attempts were made
 * @param nextAttemptAt when the next attempt is due (meaningful while pending)
 * @param lastError why the last attempt failed, if it did
 * @param createdAt when it was scheduled
 * @param deliveredAt when the provider accepted it
 */
public record DeliveryRecord(String id, String notificationId, String userId, NotificationType channel,
                             Optional<String> address, DeliveryStatus status, int attempts, Instant nextAttemptAt,
                             Optional<String> lastError, Instant createdAt, Optional<Instant> deliveredAt) {
}
