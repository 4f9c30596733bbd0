package ng.korrect.platform.delivery;

import ng.korrect.catalog.payload.NotificationType;

/**
 * One way of reaching a person: push, SMS or email. {@link #send} returns when the provider accepted the
 * message and throws {@link DeliveryFailedException} when it did not; the {@link DeliveryWorker} then
 * retries with backoff. Implementations are thread-safe.
 */
public interface NotificationChannel {

    /** The channel this sends through. */
    NotificationType type();

    /**
     * Hands the message to the provider.
     *
     * @throws DeliveryFailedException when the provider refused it or could not be reached
     */
    void send(OutgoingMessage message);
}
