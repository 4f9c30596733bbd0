package ng.korrect.messaging.message;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One message of a conversation, as stored and as the API shows it.
 *
 * @param id its id
 * @param conversationId the conversation it belongs to
 * @param seq its number within the conversation: 1, 2, 3... in the order they were sent
 * @param senderId who sent it
 * @param body what it says; null once erased
 * @param erased whether its content was erased because its sender's account was deleted
 * @param sentAt when it was sent
 */
public record Message(UUID id, UUID conversationId, long seq, String senderId, String body, boolean erased,
                      Instant sentAt) {

    /** Rejects nulls, except the body of an erased message, which must be null. */
    public Message {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(senderId, "senderId");
        Objects.requireNonNull(sentAt, "sentAt");
        if (erased != (body == null)) {
            throw new IllegalArgumentException("a message has a body exactly when it is not erased");
        }
    }
}
