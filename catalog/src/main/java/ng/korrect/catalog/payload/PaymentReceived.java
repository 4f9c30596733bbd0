package ng.korrect.catalog.payload;

import java.math.BigDecimal;
import java.util.Objects;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.constraint.Amount;
import ng.korrect.catalog.constraint.Identifier;

/**
 * The payload of {@code payment.received}. Published when payment is successfully processed.
 */
public record PaymentReceived(
        @Identifier String paymentId,
        @Identifier String bookingId,
        @Identifier String customerId,
        @Amount BigDecimal amount,
        String reference) implements EventPayload {

    /** Rejects null fields and normalises amounts. */
    public PaymentReceived {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(customerId, "customerId");
        amount = Amounts.normalize(Objects.requireNonNull(amount, "amount"));
        Objects.requireNonNull(reference, "reference");
    }

    @Override
    public EventType eventType() {
        return EventType.PAYMENT_RECEIVED;
    }
}
