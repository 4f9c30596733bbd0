package ng.korrect.catalog.payload;

import java.util.Objects;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.constraint.Identifier;

/**
 * The payload of {@code verification.rejected}. Published when verification is rejected.
 */
public record VerificationRejected(
        @Identifier String applicationId,
        @Identifier String artisanProfileId,
        @Identifier String userId,
        String reason) implements EventPayload {

    /** Rejects null fields. */
    public VerificationRejected {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(artisanProfileId, "artisanProfileId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public EventType eventType() {
        return EventType.VERIFICATION_REJECTED;
    }
}
