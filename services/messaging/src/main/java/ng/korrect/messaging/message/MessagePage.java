package ng.korrect.messaging.message;

import java.util.List;

/**
 * One page of a conversation's messages, newest first.
 *
 * @param messages the messages
 * @param nextCursor the {@code before} cursor of the next (older) page; null when there is none
 */
public record MessagePage(List<Message> messages, String nextCursor) {

    /** Copies the list. */
    public MessagePage {
        messages = List.copyOf(messages);
    }

    /** The page of up to {@code limit} messages out of those read, which may hold one more to show that more exist. */
    public static MessagePage of(List<Message> readNewestFirst, int limit) {
        if (readNewestFirst.size() <= limit) {
            return new MessagePage(readNewestFirst, null);
        }
        List<Message> shown = readNewestFirst.subList(0, limit);
        return new MessagePage(shown, MessageCursor.after(shown.get(limit - 1)));
    }
}
