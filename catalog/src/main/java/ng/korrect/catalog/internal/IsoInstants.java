package ng.korrect.catalog.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Writes instants as JavaScript's {@code Date.prototype.toISOString()} does and reads any ISO 8601
 * instant with an offset. The common case, the exact form {@code toISOString()} writes, takes a fast
 * path that does without a {@link DateTimeFormatter}.
 */
final class IsoInstants {

    private static final int CANONICAL_LENGTH = "2026-11-26T19:22:40.123Z".length();

    private IsoInstants() {
    }

    /** The instant as {@code toISOString()} writes it, like {@code 2026-11-26T19:22:40.123Z}. */
    static String format(Instant instant) {
        LocalDateTime time = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        int millis = instant.getNano() / 1_000_000;
        StringBuilder text = new StringBuilder(27);
        int year = time.getYear();
        if (year >= 0 && year <= 9999) {
            pad(text, year, 4);
        } else {
            text.append(year < 0 ? '-' : '+');
            pad(text, Math.abs(year), 6);
        }
        text.append('-');
        pad(text, time.getMonthValue(), 2);
        text.append('-');
        pad(text, time.getDayOfMonth(), 2);
        text.append('T');
        pad(text, time.getHour(), 2);
        text.append(':');
        pad(text, time.getMinute(), 2);
        text.append(':');
        pad(text, time.getSecond(), 2);
        text.append('.');
        pad(text, millis, 3);
        return text.append('Z').toString();
    }

    /** The instant that the text names, or empty when it is no ISO 8601 date-time with an offset. */
    static Optional<Instant> parse(String text) {
        if (text.length() == CANONICAL_LENGTH) {
            Instant canonical = parseCanonical(text);
            if (canonical != null) {
                return Optional.of(canonical);
            }
        }
        try {
            return Optional.of(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Instant parseCanonical(String text) {
        if (text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':'
                || text.charAt(16) != ':' || text.charAt(19) != '.' || text.charAt(23) != 'Z') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        int millis = digits(text, 20, 3);
        if ((year | month | day | hour | minute | second | millis) < 0
                || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        try {
            long epochDay = LocalDate.of(year, month, day).toEpochDay();
            long seconds = epochDay * 86_400 + hour * 3_600L + minute * 60L + second;
            return Instant.ofEpochSecond(seconds, millis * 1_000_000L);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static void pad(StringBuilder text, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            text.append('0');
        }
        text.append(digits);
    }
}
