package ng.korrect.catalog.payload;

import java.util.Objects;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.constraint.Email;
import ng.korrect.catalog.constraint.Identifier;

/**
 * The payload of {@code user.deleted}. Published when user permanently deletes their account.
 */
public record UserDeleted(
        @Identifier String userId,
        @Email String email) implements EventPayload {

    /** Rejects null fields. */
    public UserDeleted {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(email, "email");
    }

    @Override
    public EventType eventType() {
        return EventType.USER_DELETED;
    }
}
