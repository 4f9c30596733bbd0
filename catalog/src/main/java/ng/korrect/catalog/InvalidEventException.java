package ng.korrect.catalog;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An event that the catalog refuses, on the way in (decoding) or on the way out (encoding). It lists
 * every problem found, each with the path of the field, and names the event's id and type when they
 * could be read. It is the only exception the {@link EventCodec} throws.
 */
public final class InvalidEventException extends CatalogException {

    private static final long serialVersionUID = 1L;

    private final transient Optional<String> eventId;
    private final transient Optional<String> eventType;
    private final transient List<Problem> problems;

    /**
     * An exception for the given problems, of which there is at least one.
     *
     * @param eventId the event's id as read, when there was one
     * @param eventType the event's type as read, when there was one
     * @param problems what is wrong
     */
    public InvalidEventException(Optional<String> eventId, Optional<String> eventType, List<Problem> problems) {
        super(describe(eventId, eventType, problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid event has at least one problem");
        }
        this.eventId = eventId;
        this.eventType = eventType;
        this.problems = List.copyOf(problems);
    }

    /** The event's id as it was read, if it had one. */
    public Optional<String> eventId() {
        return eventId;
    }

    /** The event's type as it was read, if it had one. */
    public Optional<String> eventType() {
        return eventType;
    }

    /** Every problem found, in the order of the input. */
    public List<Problem> problems() {
        return problems;
    }

    /** The problems on one line, separated by {@code "; "}. */
    public String reasons() {
        return problems.stream().map(Problem::toString).collect(Collectors.joining("; "));
    }

    private static String describe(Optional<String> eventId, Optional<String> eventType, List<Problem> problems) {
        StringBuilder text = new StringBuilder("invalid event");
        eventType.ifPresent(type -> text.append(' ').append(type));
        eventId.ifPresent(id -> text.append(" (id ").append(id).append(')'));
        text.append(": ");
        text.append(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        return text.toString();
    }
}
