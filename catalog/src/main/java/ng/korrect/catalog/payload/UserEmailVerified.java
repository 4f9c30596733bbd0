package ng.korrect.catalog.payload;

import java.util.Objects;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.constraint.Email;
import ng.korrect.catalog.constraint.Identifier;

/**
 * The payload of {@code user.email_verified}. Published when user verifies their email.
 */
public record UserEmailVerified(
        @Identifier String userId,
        @Email String email) implements EventPayload {

    /** Rejects null fields. */
    public UserEmailVerified {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(email, "email");
    }

    @Override
    public EventType eventType() {
        return EventType.USER_EMAIL_VERIFIED;
    }
}
