package ng.korrect.bus.policy;

import java.time.Duration;
import java.util.Objects;

/**
 * How long to wait before the next attempt after failed ones: {@code first}, then each wait {@code multiplier}
 * times the one before, never more than {@code longest}. The one backoff of the project: the bus's redeliveries
 * ({@link RetryPolicy}, which adds jitter), its reconnects, the outbox relay, the platform's deliveries and the
 * users service's mail. Pure and immutable.
 *
 * <pre>{@code
 * Backoff backoff = Backoff.doubling(Duration.ofSeconds(1), Duration.ofMinutes(5));
 * backoff.after(1); // 1 s
 * backoff.after(4); // 8 s
 * backoff.after(20); // 5 min
 * }</pre>
 *
 * @param first the wait after the first failed attempt
 * @param multiplier how much each wait grows over the one before (at least 1)
 * @param longest the longest wait
 */
public record Backoff(Duration first, double multiplier, Duration longest) {

    /** Checks that {@code 0 < first <= longest} and {@code multiplier >= 1}. */
    public Backoff {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(longest, "longest");
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
            throw new IllegalArgumentException("need 0 < first <= longest, were " + first + " and " + longest);
        }
        if (!(multiplier >= 1.0)) {
            throw new IllegalArgumentException("multiplier must be at least 1, was " + multiplier);
        }
    }

    /** Waits that double from {@code first} up to {@code longest}. */
    public static Backoff doubling(Duration first, Duration longest) {
        return new Backoff(first, 2.0, longest);
    }

    /** The wait after {@code failures} failed attempts in a row (1 or more; 0 counts as 1). */
    public Duration after(long failures) {
        double grown = first.toNanos() * Math.pow(multiplier, Math.max(0, failures - 1));
        return grown >= longest.toNanos() ? longest : Duration.ofNanos((long) grown);
    }
}
