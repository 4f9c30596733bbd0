package ng.korrect.catalog.payload;

import java.util.Objects;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.constraint.Identifier;

/**
 * The payload of {@code message.sent}. Published when a message is sent.
 */
public record MessageSent(
        @Identifier String messageId,
        @Identifier String conversationId,
        @Identifier String senderId,
        @Identifier String recipientId) implements EventPayload {

    /** Rejects null fields. */
    public MessageSent {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(senderId, "senderId");
        Objects.requireNonNull(recipientId, "recipientId");
    }

    @Override
    public EventType eventType() {
        return EventType.MESSAGE_SENT;
    }
}
