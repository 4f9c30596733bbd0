package ng.korrect.bench.bus;

import java.time.Duration;

/**
 * How much each benchmark does: the full run (a few minutes) or the quick one (under a minute).
 *
 * @param quick whether this is the quick run
 * @param rounds how many rounds of publishing and draining (the median is reported)
 * @param redisBenchmarkRequests XADDs per redis-benchmark round
 * @param publishEvents events per publish round
 * @param publishWarmUp events published before the first round, unmeasured
 * @param consumeEvents events per drain round
 * @param consumeWarmUp events drained before the first round, unmeasured
 * @param latencyJitWarmUp how long events are published at 20,000/s, unrecorded, before the latency phases,
 *     so that they find the code compiled (at 1,000/s the JIT takes well over ten seconds to get there)
 * @param latencyWarmUp how long events are published at the rate before latencies are recorded
 * @param latencyAt1k how long latencies are recorded at 1,000 events/s
 * @param latencyAt20k how long latencies are recorded at 20,000 events/s
 * @param backlogEvents the backlog drained by a consumer with {@code -Xmx128m}
 */
record BenchSettings(
        boolean quick,
        int rounds,
        int redisBenchmarkRequests,
        long publishEvents,
        long publishWarmUp,
        long consumeEvents,
        long consumeWarmUp,
        Duration latencyJitWarmUp,
        Duration latencyWarmUp,
        Duration latencyAt1k,
        Duration latencyAt20k,
        long backlogEvents) {

    /** The run of the figures, a few minutes. */
    static BenchSettings fullRun() {
        return new BenchSettings(false, 3, 2_000_000, 1_000_000, 300_000, 1_000_000, 300_000,
                Duration.ofSeconds(5), Duration.ofSeconds(3), Duration.ofSeconds(15), Duration.ofSeconds(10), 1_000_000);
    }

    /** A quick look, under a minute. */
    static BenchSettings quickRun() {
        return new BenchSettings(true, 1, 500_000, 200_000, 100_000, 200_000, 100_000,
                Duration.ofSeconds(3), Duration.ofSeconds(1), Duration.ofSeconds(4), Duration.ofSeconds(3), 100_000);
    }
}
