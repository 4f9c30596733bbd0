package ng.korrect.platform.delivery;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import ng.korrect.bus.policy.Backoff;

/**
 * When a failed delivery is tried again ({@link Backoff}): after {@code initialDelay}, doubling each time up to
 * {@code maxDelay}, until {@code maxAttempts} attempts were made; then the delivery is failed for good.
 * Pure and immutable.
 *
 * @param maxAttempts how many attempts a delivery gets in all (at least 1)
 * @param initialDelay the wait after the first failed attempt
 * @param maxDelay the longest wait
 */
public record DeliveryBackoff(int maxAttempts, Duration initialDelay, Duration maxDelay) {

    /** Checks the values. */
    public DeliveryBackoff {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (initialDelay.isNegative() || initialDelay.isZero() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("need 0 < initialDelay <= maxDelay, were " + initialDelay + " and " + maxDelay);
        }
    }

    /** The wait before the next attempt after {@code attemptsMade} failed ones; empty when none is left. */
    public Optional<Duration> retryAfter(int attemptsMade) {
        if (attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(Backoff.doubling(initialDelay, maxDelay).after(attemptsMade));
    }
}
