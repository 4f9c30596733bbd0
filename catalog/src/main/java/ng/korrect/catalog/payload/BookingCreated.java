package ng.korrect.catalog.payload;

import java.util.Objects;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.constraint.Identifier;

/**
 * The payload of {@code booking.created}. Published when a new booking is created.
 */
public record BookingCreated(
        @Identifier String bookingId,
        @Identifier String customerId,
        @Identifier String artisanId,
        @Identifier String artisanProfileId,
        String service,
        String status) implements EventPayload {

    /** Rejects null fields. */
    public BookingCreated {
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(artisanId, "artisanId");
        Objects.requireNonNull(artisanProfileId, "artisanProfileId");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(status, "status");
    }

    @Override
    public EventType eventType() {
        return EventType.BOOKING_CREATED;
    }
}
