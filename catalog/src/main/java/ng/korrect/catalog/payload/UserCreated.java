package ng.korrect.catalog.payload;

import java.util.Objects;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.constraint.Email;
import ng.korrect.catalog.constraint.Identifier;

/**
 * The payload of {@code user.created}. Published when a new user registers.
 */
public record UserCreated(
        @Identifier String userId,
        @Email String email,
        String firstName,
        String lastName,
        Role role) implements EventPayload {

    /** Rejects null fields. */
    public UserCreated {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(role, "role");
    }

    @Override
    public EventType eventType() {
        return EventType.USER_CREATED;
    }
}
