package ng.korrect.messaging.conversation;

import java.time.Instant;
import java.util.UUID;

/**
 * The preview of a conversation's latest message in a list of conversations.
 *
 * @param id the message's id
 * @param senderId who sent it
 * @param body what it says; null when erased
 * @param erased whether its content was erased because its sender's account was deleted
 * @param sentAt when it was sent
 */
public record LastMessage(UUID id, String senderId, String body, boolean erased, Instant sentAt) {
}
