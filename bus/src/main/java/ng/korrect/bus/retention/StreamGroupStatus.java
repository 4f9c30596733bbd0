package ng.korrect.bus.retention;

import java.util.OptionalLong;

/**
 * What Redis says of one group on one stream ({@code XINFO STREAM} and {@code XINFO GROUPS}).
 *
 * @param stream the stream key
 * @param group the consumer group
 * @param length the entries in the stream now
 * @param entriesAdded every entry ever added to the stream (Redis 7+)
 * @param pending entries delivered to the group and not acknowledged
 * @param entriesRead entries the group has read (Redis 7+; unknown in some cases)
 * @param lag entries not yet delivered to the group (Redis 7+; unknown in some cases)
 */
public record StreamGroupStatus(String stream, String group, long length, OptionalLong entriesAdded, long pending,
                                OptionalLong entriesRead, OptionalLong lag) {

    /**
     * Entries that left the stream (trimmed) before the group read them: entries ever added, less those
     * still in the stream, less those the group read. Unknown before Redis 7.
     */
    public OptionalLong trimmedUnread() {
        if (entriesAdded.isEmpty() || entriesRead.isEmpty()) {
            return OptionalLong.empty();
        }
        long removed = entriesAdded.getAsLong() - length;
        return OptionalLong.of(Math.max(0, removed - entriesRead.getAsLong()));
    }
}
