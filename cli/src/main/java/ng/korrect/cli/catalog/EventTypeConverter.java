package ng.korrect.cli.catalog;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Collectors;
import ng.korrect.catalog.EventType;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an event type by its wire name. An unknown name is a usage error whose message suggests the
 * closest type, when one is close, and lists them all.
 */
public final class EventTypeConverter implements ITypeConverter<EventType> {

    /** Names this many edits away or fewer are offered as "did you mean". */
    private static final int MAX_SUGGESTION_DISTANCE = 3;

    @Override
    public EventType convert(String name) {
        return EventType.fromWireName(name).orElseThrow(() -> new TypeConversionException(unknown(name)));
    }

    private static String unknown(String name) {
        String suggestion = closest(name).map(type -> "; did you mean '" + type.wireName() + "'?").orElse("");
        String all = Arrays.stream(EventType.values()).map(EventType::wireName).collect(Collectors.joining(", "));
        return "unknown event type '" + name + "'" + suggestion + System.lineSeparator()
                + "The event types are: " + all;
    }

    private static Optional<EventType> closest(String name) {
        return Arrays.stream(EventType.values())
                .min(Comparator.comparingInt(type -> editDistance(name, type.wireName())))
                .filter(type -> editDistance(name, type.wireName()) <= MAX_SUGGESTION_DISTANCE);
    }

    /** The Levenshtein distance: single-character insertions, deletions and substitutions. */
    static int editDistance(String from, String to) {
        int[] previous = new int[to.length() + 1];
        int[] current = new int[to.length() + 1];
        for (int j = 0; j <= to.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= from.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= to.length(); j++) {
                int substitution = previous[j - 1] + (from.charAt(i - 1) == to.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[to.length()];
    }
}
