package ng.korrect.catalog.payload;

import ng.korrect.catalog.EventType;

/**
 * What an event says: one record per event type of the catalog, fields named, typed and ordered as the
 * catalog gives them. Optional fields are {@link java.util.Optional} and left out of the JSON when
 * empty. Handle payloads with an exhaustive {@code switch}.
 */
public sealed interface EventPayload permits
        UserCreated, UserUpdated, UserDeleted, UserEmailVerified,
        BookingCreated, BookingConfirmed, BookingCancelled,
        ReviewCreated,
        PaymentReceived, PaymentFailed,
        EscrowFunded, EscrowReleased, EscrowRefunded,
        DisputeOpened, DisputeResolved, DisputeEscalated,
        VerificationSubmitted, VerificationApproved, VerificationRejected,
        MessageSent,
        NotificationSend {

    /** The event type this payload belongs to. */
    EventType eventType();
}
