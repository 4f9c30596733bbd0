package ng.korrect.catalog.payload;

import java.util.List;
import java.util.Objects;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.constraint.Describe;
import ng.korrect.catalog.constraint.Identifier;

/**
 * The payload of {@code user.updated}. Published when user profile is updated.
 */
public record UserUpdated(
        @Identifier String userId,
        @Describe("Field names that changed; empty when nothing did") List<String> changes) implements EventPayload {

    /** Rejects null fields, copies lists. */
    public UserUpdated {
        Objects.requireNonNull(userId, "userId");
        changes = List.copyOf(changes);
    }

    @Override
    public EventType eventType() {
        return EventType.USER_UPDATED;
    }
}
