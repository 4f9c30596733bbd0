package ng.korrect.catalog.payload;

import java.math.BigDecimal;
import java.util.Objects;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.constraint.Amount;
import ng.korrect.catalog.constraint.Describe;
import ng.korrect.catalog.constraint.Identifier;
import ng.korrect.catalog.constraint.Range;

/**
 * The payload of {@code escrow.released}. Published when funds are released from escrow.
 */
public record EscrowReleased(
        @Identifier String escrowId,
        @Identifier String contractId,
        @Range(min = 0) @Describe("The number of the milestone released") int milestone,
        @Amount BigDecimal amount,
        @Identifier String artisanId) implements EventPayload {

    /** Rejects null fields and normalises amounts. */
    public EscrowReleased {
        Objects.requireNonNull(escrowId, "escrowId");
        Objects.requireNonNull(contractId, "contractId");
        amount = Amounts.normalize(Objects.requireNonNull(amount, "amount"));
        Objects.requireNonNull(artisanId, "artisanId");
    }

    @Override
    public EventType eventType() {
        return EventType.ESCROW_RELEASED;
    }
}
