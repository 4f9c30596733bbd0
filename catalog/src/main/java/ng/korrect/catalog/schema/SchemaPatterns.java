package ng.korrect.catalog.schema;

/**
 * The regular expressions of the generated schemas, written to mean the same to every JSON Schema
 * validator as the codec's checks mean in Java. So they spell out their character classes instead of
 * using {@code \s} (ASCII white space in Java, Unicode white space in ECMAScript), and they end with
 * {@link #END} instead of {@code $}, which in Java also matches before a final line break.
 */
final class SchemaPatterns {

    /** The end of the text, in every regex dialect. */
    static final String END = "(?![\\s\\S])";

    /** Holds a character that {@link String#isBlank()} does not count as white space. */
    static final String NOT_BLANK = "[^" + javaWhitespace() + "]";

    /** An email address as the codec checks it: no ASCII white space, one {@code @}, a dot in the domain. */
    static final String EMAIL;

    /** A UUID in its canonical 8-4-4-4-12 form, in either case. */
    static final String UUID = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}" + END;

    /**
     * An ISO 8601 date-time with an offset, exactly as the codec reads it: real calendar dates (leap
     * years included), years of four digits or signed longer ones, times to the minute or to the
     * nanosecond, offsets up to 18 hours, {@code T} and {@code Z} in either case.
     */
    static final String INSTANT;

    static {
        String part = "[^\\u0009-\\u000D @]+";
        EMAIL = "^" + part + "@" + part + "\\." + part + END;

        String year = "(?:[0-9]{4}|\\+(?:[0-9]{5,9}|0[0-9]{9})|-(?!0+-)(?:[0-9]{4,9}|0[0-9]{9}))";
        String divisibleByFour = "(?:0[048]|[2468][048]|[13579][26])";
        String leapYear = "(?=" + year + "-)[+-]?[0-9]*(?:0[48]|[2468][048]|[13579][26]|" + divisibleByFour + "00)";
        String monthAndDay = "(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])"
                + "|(?:0[13-9]|1[0-2])-(?:29|30)"
                + "|(?:0[13578]|1[02])-31)";
        String date = "(?:" + year + "-" + monthAndDay + "|" + leapYear + "-02-29)";
        String time = "[Tt](?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{0,9})?)?";
        String offset = "(?:[Zz]|[+-](?:(?:0[0-9]|1[0-7])(?::[0-5][0-9](?::[0-5][0-9])?)?|18(?::00(?::00)?)?))";
        INSTANT = "^" + date + time + offset + END;
    }

    private SchemaPatterns() {
    }

    /** The characters of {@link Character#isWhitespace(int)}, as ranges of {@code \\uXXXX} escapes. */
    private static String javaWhitespace() {
        StringBuilder ranges = new StringBuilder();
        int c = 0;
        while (c <= Character.MAX_VALUE) {
            if (!Character.isWhitespace(c)) {
                c++;
                continue;
            }
            int last = c;
            while (last + 1 <= Character.MAX_VALUE && Character.isWhitespace(last + 1)) {
                last++;
            }
            ranges.append(escape(c));
            if (last > c) {
                ranges.append('-').append(escape(last));
            }
            c = last + 1;
        }
        return ranges.toString();
    }

    private static String escape(int c) {
        return String.format("\\u%04X", c);
    }
}
