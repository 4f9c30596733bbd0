package ng.korrect.bus;

/**
 * The replay stream of a consumer group, {@code korrect:replay:{group}}: where dead letters are put
 * back so that the group that failed them, and no other, handles them again. Every consumer group of
 * the bus reads its own replay stream beside its event streams, with the same acknowledgement,
 * retries, claiming and dead letters; an entry that fails again goes back to {@code korrect:dlq:{type}}
 * with a {@code stream} field naming the replay stream.
 *
 * <p>An entry holds the dead letter's {@value #DATA_FIELD} field unchanged (the envelope), the
 * {@value #TYPE_FIELD} field with the event type's wire name (one replay stream carries every type the
 * group reads), and the {@value #DEAD_LETTER_FIELD} field with the id of the dead letter it replaces.
 * Replay streams are not trimmed: a replayed entry stays after it is handled, as a record.
 */
public final class ReplayStream {

    /** The field holding the envelope, unchanged from the dead letter. */
    public static final String DATA_FIELD = "data";
    /** The field naming the event type, e.g. {@code booking.created}. */
    public static final String TYPE_FIELD = "type";
    /** The field holding the id of the dead letter that the entry replays. */
    public static final String DEAD_LETTER_FIELD = "deadLetter";

    private static final String PREFIX = "korrect:replay:";

    private ReplayStream() {
    }

    /** The replay stream of that group: {@code korrect:replay:{group}}. */
    public static String key(String group) {
        if (group == null || group.isBlank()) {
            throw new IllegalArgumentException("a consumer group's name must not be blank");
        }
        return PREFIX + group;
    }

    /** Whether the key is a replay stream's. */
    public static boolean isKey(String key) {
        return key.startsWith(PREFIX) && key.length() > PREFIX.length();
    }

    /** The group whose replay stream has that key. */
    public static String groupOf(String key) {
        if (!isKey(key)) {
            throw new IllegalArgumentException(key + " is not a replay stream");
        }
        return key.substring(PREFIX.length());
    }
}
