package ng.korrect.bench.bus;

import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;
import ng.korrect.bus.BusOptions;
import ng.korrect.bus.ConsumerGroup;
import ng.korrect.bus.EventBus;
import ng.korrect.catalog.payload.BookingCreated;

/**
 * One consumer group with a no-op handler draining the {@code booking.created} stream from its start:
 * timed from {@code start()} until every entry is handled and acknowledged.
 */
final class Drain {

    /** In-flight bound of the draining group: generous, as a service tuned for throughput would set it. */
    static final int MAX_IN_FLIGHT = 4096;
    /** Entries per read of the draining group. */
    static final int BATCH_SIZE = 1000;

    private Drain() {
    }

    /**
     * The consumer's options: {@link #MAX_IN_FLIGHT}, {@link #BATCH_SIZE}, short blocking reads so that
     * it stops soon, and the {@code MAXLEN} of the pre-filled stream so that its lag warns of nothing.
     */
    static BusOptions consumerOptions(String redisUrl, long events) {
        return BusOptions.builder(redisUrl).maxInFlight(MAX_IN_FLIGHT).batchSize(BATCH_SIZE)
                .blockTime(Duration.ofMillis(200)).maxLength(backlogMaxLength(events)).build();
    }

    /** A {@code MAXLEN} that keeps a backlog of that many events whole. */
    static long backlogMaxLength(long events) {
        return Math.max(2 * events, BusOptions.DEFAULT_MAX_LENGTH);
    }

    /**
     * Drains the stream with a new group of that name.
     *
     * @param expected how many entries the stream holds
     * @param timeout how long to wait at most
     * @return the outcome: nanoseconds until drained (or until given up) and whether it finished
     */
    static Outcome run(EventBus bus, StreamProbe probe, String group, long expected, Duration timeout) {
        String lastEntryId = probe.lastEntryId();
        LongAdder handled = new LongAdder();
        long started = System.nanoTime();
        ConsumerGroup consumers = bus.consumerGroup(group)
                .on(BookingCreated.class, (event, delivery) -> handled.increment())
                .start();
        boolean finished = probe.awaitDrained(group, lastEntryId, handled::sum, expected, started + timeout.toNanos());
        long elapsed = System.nanoTime() - started;
        consumers.close();
        return new Outcome(elapsed, finished, handled.sum());
    }

    /**
     * @param nanos from start to drained, or to giving up
     * @param finished whether every entry was handled and acknowledged in time
     * @param handled how many deliveries the handler saw
     */
    record Outcome(long nanos, boolean finished, long handled) {

        double perSecond(long count) {
            return count * 1e9 / nanos;
        }
    }
}
