package ng.korrect.messaging.conversation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A conversation as one participant sees it: the API's representation of a conversation.
 *
 * @param id its id
 * @param participants both users, smaller id first
 * @param bookingId the booking it is about; null when none
 * @param startedBy who started it
 * @param createdAt when it was started
 * @param lastMessage its latest message; null before the first one
 * @param unreadCount how many messages of the other participant the viewer has not marked read
 */
public record ConversationSummary(UUID id, List<ParticipantState> participants, String bookingId, String startedBy,
                                  Instant createdAt, LastMessage lastMessage, long unreadCount) {

    /** Copies the list. */
    public ConversationSummary {
        participants = List.copyOf(participants);
    }
}
