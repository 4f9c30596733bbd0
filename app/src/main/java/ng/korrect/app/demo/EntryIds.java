package ng.korrect.app.demo;

/** Stream entry ids ({@code millis-sequence}) compared as Redis orders them, not as text. */
final class EntryIds {

    private EntryIds() {
    }

    /** Negative, zero or positive as {@code a} is before, equal to or after {@code b}. */
    static int compare(String a, String b) {
        long[] left = parts(a);
        long[] right = parts(b);
        int byTime = Long.compare(left[0], right[0]);
        return byTime != 0 ? byTime : Long.compare(left[1], right[1]);
    }

    private static long[] parts(String id) {
        int dash = id.indexOf('-');
        if (dash < 0) {
            return new long[] {Long.parseLong(id), 0};
        }
        return new long[] {Long.parseLong(id.substring(0, dash)), Long.parseLong(id.substring(dash + 1))};
    }
}
