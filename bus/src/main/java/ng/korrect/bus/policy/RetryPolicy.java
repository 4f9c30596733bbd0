package ng.korrect.bus.policy;

import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * When a failed delivery is tried again, and when it goes to the dead letters: a retriable failure is
 * retried with exponential backoff and "equal jitter" (half the delay fixed, half random) up to a cap,
 * until the entry has been delivered {@code maxDeliveries} times; a permanent one
 * ({@link FailureClassification}) goes to the dead letters at once, whatever the delivery. Immutable and
 * thread-safe; randomness is injected.
 *
 * @param maxDeliveries how many deliveries an entry gets before it is dead-lettered (default 5)
 * @param initialBackoff the delay before the second delivery (default 200 ms)
 * @param multiplier how much each delay grows over the previous one (default 2)
 * @param maxBackoff the longest delay (default 30 s)
 * @param random a source of numbers in [0, 1) for the jitter
 */
public record RetryPolicy(int maxDeliveries, Duration initialBackoff, double multiplier, Duration maxBackoff,
                          DoubleSupplier random) {

    /** 5 deliveries, 200 ms doubling up to 30 s, with jitter. */
    public static final RetryPolicy DEFAULT =
            new RetryPolicy(5, Duration.ofMillis(200), 2.0, Duration.ofSeconds(30), Math::random);

    /** Checks every setting. */
    public RetryPolicy {
        if (maxDeliveries < 1) {
            throw new IllegalArgumentException("maxDeliveries must be at least 1, was " + maxDeliveries);
        }
        requirePositive(initialBackoff, "initialBackoff");
        requirePositive(maxBackoff, "maxBackoff");
        if (multiplier < 1.0) {
            throw new IllegalArgumentException("multiplier must be at least 1, was " + multiplier);
        }
        Objects.requireNonNull(random, "random");
    }

    /** What to do after the delivery numbered {@code deliveries} (1 for the first) failed for a retriable reason. */
    public Decision afterFailure(long deliveries) {
        return afterFailure(deliveries, FailureKind.RETRIABLE);
    }

    /** What to do after the delivery numbered {@code deliveries} (1 for the first) failed that way. */
    public Decision afterFailure(long deliveries, FailureKind failure) {
        if (failure == FailureKind.PERMANENT) {
            return new Decision.DeadLetter("a permanent failure at delivery " + deliveries + ", not retried", true);
        }
        if (deliveries >= maxDeliveries) {
            return new Decision.DeadLetter("failed " + deliveries + " deliveries, the maximum", false);
        }
        return new Decision.Retry(backoff(deliveries));
    }

    /** The delay before the delivery after {@code deliveries}: half fixed, half random. */
    Duration backoff(long deliveries) {
        double capped = new Backoff(initialBackoff, multiplier, maxBackoff).after(deliveries).toNanos();
        double jittered = capped / 2 + random.getAsDouble() * capped / 2;
        return Duration.ofNanos((long) jittered);
    }

    /** This policy with another maximum number of deliveries. */
    public RetryPolicy withMaxDeliveries(int maxDeliveries) {
        return new RetryPolicy(maxDeliveries, initialBackoff, multiplier, maxBackoff, random);
    }

    /** This policy with other backoff bounds. */
    public RetryPolicy withBackoff(Duration initialBackoff, Duration maxBackoff) {
        return new RetryPolicy(maxDeliveries, initialBackoff, multiplier, maxBackoff, random);
    }

    /** This policy with another source of randomness, for tests. */
    public RetryPolicy withRandom(DoubleSupplier random) {
        return new RetryPolicy(maxDeliveries, initialBackoff, multiplier, maxBackoff, random);
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration, was " + duration);
        }
    }

    /** The outcome of a failed delivery. */
    public sealed interface Decision {
        /** Deliver again after the delay. */
        record Retry(Duration delay) implements Decision {
        }

        /**
         * Move the entry to the dead letters, for this reason.
         *
         * @param reason why, in words
         * @param permanent whether the failure was permanent (else the deliveries ran out)
         */
        record DeadLetter(String reason, boolean permanent) implements Decision {
        }
    }
}
