package ng.korrect.messaging.conversation;

/**
 * One participant of a conversation, as the API shows them.
 *
 * @param userId the user's id
 * @param deleted whether the user's account was deleted (their messages are then erased)
 */
public record ParticipantState(String userId, boolean deleted) {
}
