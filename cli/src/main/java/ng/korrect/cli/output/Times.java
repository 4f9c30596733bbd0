package ng.korrect.cli.output;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Instants and durations as the commands print them. */
public final class Times {

    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Times() {
    }

    /** ISO 8601 in UTC to the millisecond, like the envelopes' timestamps. */
    public static String iso(Instant instant) {
        return ISO_MILLIS.format(instant);
    }

    /** A short duration for people: {@code 850ms}, {@code 12s}, {@code 4m05s}, {@code 3h12m}, {@code 2d04h}. */
    public static String human(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1_000) {
            return millis + "ms";
        }
        long seconds = duration.toSeconds();
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3_600) {
            return String.format("%dm%02ds", seconds / 60, seconds % 60);
        }
        if (seconds < 86_400) {
            return String.format("%dh%02dm", seconds / 3_600, seconds % 3_600 / 60);
        }
        return String.format("%dd%02dh", seconds / 86_400, seconds % 86_400 / 3_600);
    }
}
