package ng.korrect.bus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.ServiceName;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What waiting for a replica costs the outbox relay's atomic publishes, on a master with one replica on this
 * machine: the same batches published with and without {@code replicaAcks(1, ...)}, their throughput and
 * latencies logged (the figures in the bus README come from here). It checks that every batch was acknowledged.
 */
class ReplicaAcksCostIT {

    private static final Logger LOG = LoggerFactory.getLogger(ReplicaAcksCostIT.class);
    private static final int EVENTS = 5_000;
    private static SentinelTopology topology;

    @BeforeAll
    static void startTopology() {
        Assumptions.assumeTrue(SentinelTopology.available(), "no redis-server on this machine");
        topology = SentinelTopology.start(1);
    }

    @AfterAll
    static void stopTopology() {
        if (topology != null) {
            topology.close();
        }
    }

    @Test
    void shouldPublishEveryBatchWithAReplicaAcknowledgingItAndReportWhatTheWaitCosts() {
        for (int batch : new int[] {1, 50}) {
            Figures without = measure(BusOptions.builder(topology.url()).build(), batch);
            Figures with = measure(BusOptions.builder(topology.url()).replicaAcks(1, Duration.ofSeconds(1)).build(), batch);
            LOG.info("batches of {}: without replica acks {}; with replicaAcks(1) {}", batch, without, with);
            assertThat(with.events()).isEqualTo(EVENTS);
        }
    }

    private static Figures measure(BusOptions options, int batch) {
        try (EventBus bus = EventBus.connect(options)) {
            EventPublisher publisher = bus.publisher(ServiceName.TRANSACTION);
            run(publisher, batch, EVENTS / 5); // warm-up
            long started = System.nanoTime();
            long[] latencies = run(publisher, batch, EVENTS);
            return new Figures(EVENTS, System.nanoTime() - started, latencies);
        }
    }

    private static long[] run(EventPublisher publisher, int batch, int events) {
        long[] latencies = new long[events / batch];
        for (int i = 0; i < latencies.length; i++) {
            List<Event<?>> group = new ArrayList<>(batch);
            for (int j = 0; j < batch; j++) {
                group.add(publisher.envelope(Samples.bookingCreated(i * batch + j), PublishOptions.none()));
            }
            long started = System.nanoTime();
            publisher.publishAtomically(group);
            latencies[i] = System.nanoTime() - started;
        }
        return latencies;
    }

    private record Figures(int events, long nanos, long[] latencies) {

        @Override
        public String toString() {
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            return String.format("%.0f events/s, batch latency p50 %.2f ms, p99 %.2f ms", events * 1e9 / nanos,
                    sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6);
        }
    }
}
