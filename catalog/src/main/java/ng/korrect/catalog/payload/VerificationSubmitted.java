package ng.korrect.catalog.payload;

import java.util.Objects;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.constraint.Identifier;

/**
 * The payload of {@code verification.submitted}. Published when artisan submits verification application.
 */
public record VerificationSubmitted(
        @Identifier String applicationId,
        @Identifier String artisanProfileId,
        @Identifier String userId) implements EventPayload {

    /** Rejects null fields. */
    public VerificationSubmitted {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(artisanProfileId, "artisanProfileId");
        Objects.requireNonNull(userId, "userId");
    }

    @Override
    public EventType eventType() {
        return EventType.VERIFICATION_SUBMITTED;
    }
}
