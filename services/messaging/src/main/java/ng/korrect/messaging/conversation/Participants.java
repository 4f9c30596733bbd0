package ng.korrect.messaging.conversation;

import java.util.Objects;

/**
 * The two users of a conversation, in a fixed order (the smaller id first), so that the same pair is
 * the same value whoever starts the conversation.
 *
 * @param first the smaller user id
 * @param second the larger user id
 */
public record Participants(String first, String second) {

    /** Rejects nulls, one user twice and an unordered pair. */
    public Participants {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (first.compareTo(second) >= 0) {
            throw new IllegalArgumentException("participants must be two different users, smaller id first: "
                    + first + ", " + second);
        }
    }

    /** The pair of these two different users, in either order. */
    public static Participants of(String oneUser, String otherUser) {
        if (oneUser.equals(otherUser)) {
            throw new IllegalArgumentException("a conversation needs two different users, got " + oneUser + " twice");
        }
        return oneUser.compareTo(otherUser) < 0 ? new Participants(oneUser, otherUser) : new Participants(otherUser, oneUser);
    }

    /** Whether the user is one of the two. */
    public boolean includes(String userId) {
        return first.equals(userId) || second.equals(userId);
    }

    /** The participant who is not that one. */
    public String otherThan(String userId) {
        if (first.equals(userId)) {
            return second;
        }
        if (second.equals(userId)) {
            return first;
        }
        throw new IllegalArgumentException(userId + " is not a participant of " + this);
    }
}
