package ng.korrect.app.chaos;

import java.time.Duration;
import java.util.Optional;

/**
 * When an answer asks the client to come back later rather than reporting a failure: 503 {@code busy} with a
 * {@code Retry-After} in whole seconds, which a service gives when it refuses work beyond its capacity before
 * doing anything (the users service's password hashing). The workload then waits that long, at most
 * {@link #LONGEST_WAIT}, and sends the same request again, at most {@link #ATTEMPTS} times in all; such an
 * answer is journalled as back-pressure, not as a server error. Pure.
 */
final class BackPressure {

    /** The most times one request is sent while it is refused as busy. */
    static final int ATTEMPTS = 8;
    /** The longest wait between two of them, whatever {@code Retry-After} says. */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(10);

    private BackPressure() {
    }

    /**
     * How long to wait before sending the request again, given its answer and how many times it was sent;
     * empty when the answer is final.
     */
    static Optional<Duration> retryAfter(int status, String errorCode, Optional<String> retryAfterHeader, int attempt) {
        if (status != 503 || !"busy".equals(errorCode) || attempt >= ATTEMPTS || retryAfterHeader.isEmpty()) {
            return Optional.empty();
        }
        try {
            long seconds = Long.parseLong(retryAfterHeader.get().strip());
            if (seconds < 0) {
                return Optional.empty();
            }
            Duration wait = Duration.ofSeconds(seconds);
            return Optional.of(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
        } catch (NumberFormatException e) {
            return Optional.empty(); // an HTTP date or garbage: not the kit's back-pressure
        }
    }
}
