package ng.korrect.bus.outbox;

import java.time.Duration;

/**
 * Settings of an {@link OutboxRelay}.
 *
 * @param batchSize how many rows one pass publishes, pipelined (default 500)
 * @param pollInterval how long the relay waits when the outbox is empty (default 50 ms)
 * @param retryBackoffMax the longest wait between passes while Redis or the database fails (default 5 s)
 * @param retention how long sent rows are kept before they are deleted (default 24 h)
 * @param cleanupInterval how often sent rows past their retention are deleted (default 10 min)
 * @param takeoverAfter on PostgreSQL, how long the relay that holds a table may be stuck, in a pass or between
 *                      two, before the server ends its session and another relay takes the table over (default
 *                      30 s); longer than a publish may take, so that a working relay is never taken over
 */
public record OutboxRelayOptions(int batchSize, Duration pollInterval, Duration retryBackoffMax, Duration retention,
                                 Duration cleanupInterval, Duration takeoverAfter) {

    /** The default {@link #takeoverAfter()}. */
    public static final Duration DEFAULT_TAKEOVER_AFTER = Duration.ofSeconds(30);

    /** The defaults. */
    public static final OutboxRelayOptions DEFAULTS = new OutboxRelayOptions(500, Duration.ofMillis(50),
            Duration.ofSeconds(5), Duration.ofHours(24), Duration.ofMinutes(10));

    /** These settings with the default {@link #takeoverAfter()}. */
    public OutboxRelayOptions(int batchSize, Duration pollInterval, Duration retryBackoffMax, Duration retention,
                              Duration cleanupInterval) {
        this(batchSize, pollInterval, retryBackoffMax, retention, cleanupInterval, DEFAULT_TAKEOVER_AFTER);
    }

    /** Checks every setting. */
    public OutboxRelayOptions {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
        }
        for (Duration duration : new Duration[] {pollInterval, retryBackoffMax, retention, cleanupInterval,
            takeoverAfter}) {
            if (duration == null || duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("every duration of the outbox relay must be positive, was " + duration);
            }
        }
    }

    /** These options with another retention and cleanup interval. */
    public OutboxRelayOptions withRetention(Duration retention, Duration cleanupInterval) {
        return new OutboxRelayOptions(batchSize, pollInterval, retryBackoffMax, retention, cleanupInterval, takeoverAfter);
    }

    /** These options with another {@link #takeoverAfter()}. */
    public OutboxRelayOptions withTakeoverAfter(Duration takeoverAfter) {
        return new OutboxRelayOptions(batchSize, pollInterval, retryBackoffMax, retention, cleanupInterval, takeoverAfter);
    }
}
