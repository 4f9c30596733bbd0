package ng.korrect.catalog.payload;

import java.math.BigDecimal;
import java.util.Objects;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.constraint.Amount;
import ng.korrect.catalog.constraint.Identifier;

/**
 * The payload of {@code escrow.refunded}. Published when escrow funds are refunded.
 */
public record EscrowRefunded(
        @Identifier String escrowId,
        @Identifier String contractId,
        @Identifier String customerId,
        @Amount BigDecimal amount,
        String reason) implements EventPayload {

    /** Rejects null fields and normalises amounts. */
    public EscrowRefunded {
        Objects.requireNonNull(escrowId, "escrowId");
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(customerId, "customerId");
        amount = Amounts.normalize(Objects.requireNonNull(amount, "amount"));
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public EventType eventType() {
        return EventType.ESCROW_REFUNDED;
    }
}
