package ng.korrect.bus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import ng.korrect.bus.BusOptions;
import ng.korrect.bus.policy.FailureClassification;
import ng.korrect.catalog.EventType;
import org.junit.jupiter.api.Test;

class EntryProcessorTest {

    @Test
    void shouldRefuseAnEntryOnceTheWorkersStoppedGivingBackItsPermitAndLeavingItPendingInRedis() {
        ExecutorService stoppedWorkers = Executors.newSingleThreadExecutor();
        stoppedWorkers.shutdown();
        Semaphore permits = new Semaphore(1);
        Set<String> inFlight = GroupContext.newInFlightSet();
        GroupContext group = new GroupContext("artisan", "vm-1", BusOptions.builder("redis://127.0.0.1:6379").build(),
                null, null, Map.of(), FailureClassification.DEFAULT, permits, inFlight, null, null, stoppedWorkers, null,
                null, () -> false);
        PendingEntry entry = PendingEntry.onEventStream(EventType.BOOKING_CREATED, "1-0", Map.of(), 1);
        permits.acquireUninterruptibly();

        boolean taken = new EntryProcessor(group).submit(entry);

        assertThat(taken).isFalse();
        assertThat(inFlight).isEmpty();
        assertThat(permits.availablePermits()).isEqualTo(1);
    }

    @Test
    void shouldHandInFlightPermitsOutInTheOrderTheyWereAskedFor() {
        assertThat(DefaultEventBus.inFlightPermits(4).isFair()).isTrue();
        assertThat(DefaultEventBus.inFlightPermits(4).availablePermits()).isEqualTo(4);
    }
}
