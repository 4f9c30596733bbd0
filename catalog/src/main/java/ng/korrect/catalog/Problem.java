package ng.korrect.catalog;

import java.util.Objects;

/**
 * One thing wrong with an event: where ({@code path}, like {@code payload.rating}, or empty for the
 * whole envelope) and what.
 */
public record Problem(String path, String message) {
    /** Rejects nulls. */
    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** The path and the message, as one line: {@code payload.rating: must be between 1 and 5, was 7}. */
    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
