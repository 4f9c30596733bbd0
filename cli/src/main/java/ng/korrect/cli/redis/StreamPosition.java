package ng.korrect.cli.redis;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ng.korrect.cli.CommandException;

/**
 * A place in a stream as an operator writes it: an entry id ({@code 1732650160123-0}), a time (ISO
 * 8601 like {@code 2026-11-27T03:00:00Z}, or a duration ago like {@code 15m}, {@code 2h}, {@code 1d}),
 * or {@code latest} (the end of the stream).
 */
public sealed interface StreamPosition {

    /** An entry id. */
    record AtEntry(String entryId) implements StreamPosition {
    }

    /** The first entry added at or after that time. */
    record AtTime(Instant time) implements StreamPosition {
        /** The smallest entry id of that time. */
        public String firstId() {
            return time.toEpochMilli() + "-0";
        }
    }

    /** After the last entry. */
    record Latest() implements StreamPosition {
    }

    /** Reads a position; a usage error names what was expected. */
    static StreamPosition parse(String text, Clock clock) {
        String trimmed = text.trim();
        if (trimmed.equalsIgnoreCase("latest") || trimmed.equals("$")) {
            return new Latest();
        }
        if (EntryIds.isEntryId(trimmed)) {
            return new AtEntry(trimmed.contains("-") ? trimmed : trimmed + "-0");
        }
        Matcher ago = Pattern.compile("(\\d+)([smhd])").matcher(trimmed.toLowerCase(Locale.ROOT));
        if (ago.matches()) {
            long amount = Long.parseLong(ago.group(1));
            Duration duration = switch (ago.group(2)) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
            return new AtTime(clock.instant().minus(duration));
        }
        try {
            return new AtTime(Instant.parse(trimmed));
        } catch (DateTimeParseException e) {
            try {
                return new AtTime(java.time.OffsetDateTime.parse(trimmed).toInstant());
            } catch (DateTimeParseException alsoNot) {
                throw CommandException.usage("'" + text + "' is neither an entry id (like 1732650160123-0), a time "
                        + "(like 2026-11-27T03:00:00Z, or 15m, 2h, 1d ago) nor 'latest'");
            }
        }
    }

    /** Reads a position against the system clock. */
    static StreamPosition parse(String text) {
        return parse(text, Clock.systemUTC());
    }
}
