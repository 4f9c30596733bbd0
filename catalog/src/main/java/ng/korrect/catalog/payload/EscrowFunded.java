package ng.korrect.catalog.payload;

import java.math.BigDecimal;
import java.util.Objects;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.constraint.Amount;
import ng.korrect.catalog.constraint.Identifier;

/**
 * The payload of {@code escrow.funded}. Published when escrow is fully funded.
 */
public record EscrowFunded(
        @Identifier String escrowId,
        @Identifier String contractId,
        @Identifier String customerId,
        @Identifier String artisanId,
        @Amount BigDecimal amount) implements EventPayload {

    /** Rejects null fields and normalises amounts. */
    public EscrowFunded {
        Objects.requireNonNull(escrowId, "escrowId");
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(artisanId, "artisanId");
        amount = Amounts.normalize(Objects.requireNonNull(amount, "amount"));
    }

    @Override
    public EventType eventType() {
        return EventType.ESCROW_FUNDED;
    }
}
