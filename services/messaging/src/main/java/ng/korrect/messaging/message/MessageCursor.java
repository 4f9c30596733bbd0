package ng.korrect.messaging.message;

import java.util.OptionalLong;

/**
 * Where the next page of a conversation's messages starts: the opaque {@code before} cursor of the API,
 * which is the number of the oldest message already shown. Pages go from the newest message back, and
 * a cursor stays valid while new messages arrive (unlike a page number, which they would shift).
 */
public final class MessageCursor {

    private MessageCursor() {
    }

    /** The cursor of the page after one whose oldest message has that number. */
    public static String after(Message oldestShown) {
        return Long.toString(oldestShown.seq());
    }

    /**
     * The message number the cursor stands for; empty when the text is not a cursor this service gave.
     *
     * @param cursor the {@code before} query parameter as sent
     */
    public static OptionalLong decode(String cursor) {
        if (cursor == null || cursor.isEmpty() || cursor.length() > 19 || !cursor.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        long seq = Long.parseLong(cursor);
        return seq > 0 ? OptionalLong.of(seq) : OptionalLong.empty();
    }
}
