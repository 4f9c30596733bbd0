package ng.korrect.cli.redis;

import java.time.Instant;
import java.util.regex.Pattern;

/** Stream entry ids ({@code <milliseconds>-<sequence>}): their time, their order, their syntax. */
public final class EntryIds {

    private static final Pattern ID = Pattern.compile("\\d{1,19}(-\\d{1,19})?");

    private EntryIds() {
    }

    /** Whether the text is an entry id, with or without its sequence part. */
    public static boolean isEntryId(String text) {
        return ID.matcher(text).matches();
    }

    /** When the entry was added: the id's milliseconds. */
    public static Instant timeOf(String entryId) {
        int dash = entryId.indexOf('-');
        return Instant.ofEpochMilli(Long.parseUnsignedLong(dash < 0 ? entryId : entryId.substring(0, dash)));
    }

    /** Compares two ids in stream order. */
    public static int compare(String left, String right) {
        long[] a = parts(left);
        long[] b = parts(right);
        int byTime = Long.compareUnsigned(a[0], b[0]);
        return byTime != 0 ? byTime : Long.compareUnsigned(a[1], b[1]);
    }

    private static long[] parts(String entryId) {
        int dash = entryId.indexOf('-');
        if (dash < 0) {
            return new long[] {Long.parseUnsignedLong(entryId), 0};
        }
        return new long[] {Long.parseUnsignedLong(entryId.substring(0, dash)), Long.parseUnsignedLong(entryId.substring(dash + 1))};
    }
}
