package ng.korrect.bus.internal;

import java.util.concurrent.atomic.LongAdder;

/** Running counts of what a group did, for health and tests. */
final class GroupCounters {

    private final LongAdder deadLettered = new LongAdder();
    private final LongAdder reclaimed = new LongAdder();
    private final LongAdder removedConsumers = new LongAdder();

    void deadLettered() {
        deadLettered.increment();
    }

    void reclaimed(int count) {
        reclaimed.add(count);
    }

    void removedConsumer() {
        removedConsumers.increment();
    }

    long deadLetteredCount() {
        return deadLettered.sum();
    }

    long reclaimedCount() {
        return reclaimed.sum();
    }

    long removedConsumerCount() {
        return removedConsumers.sum();
    }
}
