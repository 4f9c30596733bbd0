package ng.korrect.messaging.conversation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A conversation between two users, as started.
 *
 * @param id its id
 * @param participants the two users
 * @param bookingId the booking it is about, if any
 * @param startedBy the participant who started it
 * @param createdAt when it was started
 */
public record Conversation(UUID id, Participants participants, Optional<String> bookingId, String startedBy,
                           Instant createdAt) {

    /** Rejects nulls and a starter who is not a participant. */
    public Conversation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(participants, "participants");
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(createdAt, "createdAt");
        if (!participants.includes(startedBy)) {
            throw new IllegalArgumentException("the starter " + startedBy + " is not a participant of " + participants);
        }
    }
}
