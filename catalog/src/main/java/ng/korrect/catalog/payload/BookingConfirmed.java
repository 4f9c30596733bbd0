package ng.korrect.catalog.payload;

import java.math.BigDecimal;
import java.util.Objects;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.constraint.Amount;
import ng.korrect.catalog.constraint.Identifier;

/**
 * The payload of {@code booking.confirmed}. Published when booking is confirmed/completed.
 */
public record BookingConfirmed(
        @Identifier String bookingId,
        @Identifier String customerId,
        @Identifier String artisanId,
        @Amount BigDecimal finalPrice) implements EventPayload {

    /** Rejects null fields and normalises amounts. */
    public BookingConfirmed {
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(artisanId, "artisanId");
        finalPrice = Amounts.normalize(Objects.requireNonNull(finalPrice, "finalPrice"));
    }

    @Override
    public EventType eventType() {
        return EventType.BOOKING_CONFIRMED;
    }
}
