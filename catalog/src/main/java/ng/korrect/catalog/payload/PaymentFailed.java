package ng.korrect.catalog.payload;

import java.math.BigDecimal;
import java.util.Objects;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.constraint.Amount;
import ng.korrect.catalog.constraint.Identifier;

/**
 * The payload of {@code payment.failed}. Published when payment fails.
 */
public record PaymentFailed(
        @Identifier String bookingId,
        @Identifier String customerId,
        @Amount BigDecimal amount,
        String reason) implements EventPayload {

    /** Rejects null fields and normalises amounts. */
    public PaymentFailed {
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(customerId, "customerId");
        amount = Amounts.normalize(Objects.requireNonNull(amount, "amount"));
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public EventType eventType() {
        return EventType.PAYMENT_FAILED;
    }
}
