package ng.korrect.catalog.payload;

import java.util.Objects;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.constraint.Identifier;
import ng.korrect.catalog.constraint.Range;

/**
 * The payload of {@code dispute.escalated}. Published when dispute is auto-escalated.
 */
public record DisputeEscalated(
        @Identifier String disputeId,
        String reason,
        @Range(min = 0) int daysOpen) implements EventPayload {

    /** Rejects null fields. */
    public DisputeEscalated {
        Objects.requireNonNull(disputeId, "disputeId");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public EventType eventType() {
        return EventType.DISPUTE_ESCALATED;
    }
}
