package ng.korrect.catalog.payload;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.constraint.Amount;
import ng.korrect.catalog.constraint.Identifier;

/**
 * The payload of {@code dispute.resolved}. Published when a dispute is resolved.
 */
public record DisputeResolved(
        @Identifier String disputeId,
        @Identifier String contractId,
        String decision,
        @Amount Optional<BigDecimal> customerRefund,
        @Amount Optional<BigDecimal> artisanPayment) implements EventPayload {

    /** Rejects null fields and normalises amounts. */
    public DisputeResolved {
        Objects.requireNonNull(disputeId, "disputeId");
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(decision, "decision");
        customerRefund = Objects.requireNonNull(customerRefund, "customerRefund").map(Amounts::normalize);
        artisanPayment = Objects.requireNonNull(artisanPayment, "artisanPayment").map(Amounts::normalize);
    }

    @Override
    public EventType eventType() {
        return EventType.DISPUTE_RESOLVED;
    }
}
