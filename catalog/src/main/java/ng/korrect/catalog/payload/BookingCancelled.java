package ng.korrect.catalog.payload;

import java.util.Objects;
import java.util.Optional;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.constraint.Identifier;

/**
 * The payload of {@code booking.cancelled}. Published when booking is cancelled.
 */
public record BookingCancelled(
        @Identifier String bookingId,
        @Identifier String customerId,
        @Identifier String artisanId,
        CancelledBy cancelledBy,
        Optional<String> reason) implements EventPayload {

    /** Rejects null fields. */
    public BookingCancelled {
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(artisanId, "artisanId");
        Objects.requireNonNull(cancelledBy, "cancelledBy");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public EventType eventType() {
        return EventType.BOOKING_CANCELLED;
    }
}
