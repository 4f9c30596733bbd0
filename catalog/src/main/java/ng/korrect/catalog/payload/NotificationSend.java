package ng.korrect.catalog.payload;

import java.util.Objects;
import java.util.Optional;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.constraint.Identifier;
import ng.korrect.catalog.json.JsonObject;

/**
 * The payload of {@code notification.send}. Internal event to trigger notification delivery.
 */
public record NotificationSend(
        @Identifier String userId,
        NotificationType type,
        String title,
        String body,
        Optional<JsonObject> data) implements EventPayload {

    /** Rejects null fields. */
    public NotificationSend {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(data, "data");
    }

    @Override
    public EventType eventType() {
        return EventType.NOTIFICATION_SEND;
    }
}
