package ng.korrect.catalog.payload;

import java.util.Objects;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.constraint.Identifier;

/**
 * The payload of {@code dispute.opened}. Published when a dispute is opened.
 */
public record DisputeOpened(
        @Identifier String disputeId,
        @Identifier String contractId,
        @Identifier String escrowId,
        @Identifier String customerId,
        @Identifier String artisanId,
        String category,
        String reason) implements EventPayload {

    /** Rejects null fields. */
    public DisputeOpened {
        Objects.requireNonNull(disputeId, "disputeId");
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(escrowId, "escrowId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(artisanId, "artisanId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public EventType eventType() {
        return EventType.DISPUTE_OPENED;
    }
}
