package ng.korrect.bench.bus;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.LockSupport;
import ng.korrect.bus.BusOptions;
import ng.korrect.bus.ConsumerGroup;
import ng.korrect.bus.EventBus;
import ng.korrect.bus.EventPublisher;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.BookingCreated;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * End-to-end latency at a steady rate: events published on a schedule (1,000/s, then 20,000/s), each
 * timed from just before {@code publishAsync} to the start of its handler in a consumer group of the
 * same process ({@link System#nanoTime()}, in a side map keyed by event id). A few seconds at
 * 20,000/s first let the JIT compile the path, and the first seconds of each rate are not recorded:
 * the figures are those of a service that has been running for a while.
 */
final class EndToEndLatency {

    private static final String GROUP = "bench-latency";

    private final BenchServer server;
    private final BenchSettings settings;
    private final Map<UUID, Long> sentAt = new ConcurrentHashMap<>();
    private final Recorder recorder = new Recorder(3);
    private final Recorder confirmations = new Recorder(3);

    EndToEndLatency(BenchServer server, BenchSettings settings) {
        this.server = server;
        this.settings = settings;
    }

    List<Result> run() throws InterruptedException {
        server.delete(Bookings.STREAM);
        BusOptions options = BusOptions.builder(server.url()).blockTime(Duration.ofMillis(200)).build();
        List<Result> results = new ArrayList<>();
        try (EventBus bus = EventBus.connect(options)) {
            ConsumerGroup group = bus.consumerGroup(GROUP).on(BookingCreated.class, this::received).start();
            EventPublisher publisher = bus.publisher(ServiceName.TRANSACTION);
            measure(publisher, 20_000, Duration.ZERO, settings.latencyJitWarmUp());
            Phase at1k = measure(publisher, 1_000, settings.latencyWarmUp(), settings.latencyAt1k());
            Phase at20k = measure(publisher, 20_000, settings.latencyWarmUp(), settings.latencyAt20k());
            group.close();
            results.add(Result.of("e2e_p50_ms", at1k.percentileMs(50), "ms", at1k.details("<= 0.2", 0.2, 50)));
            results.add(Result.of("e2e_p99_ms", at1k.percentileMs(99), "ms", at1k.details("<= 1", 1, 99)));
            results.add(Result.of("e2e_p99_ms_20k", at20k.percentileMs(99), "ms", at20k.details("none", Double.NaN, 99)));
        }
        server.delete(Bookings.STREAM);
        return results;
    }

    private void received(Event<BookingCreated> event, ng.korrect.bus.Delivery delivery) {
        long now = System.nanoTime();
        Long published = sentAt.remove(event.id());
        if (published != null) {
            recorder.recordValue(now - published);
        }
    }

    private Phase measure(EventPublisher publisher, int perSecond, Duration warmUp, Duration recorded)
            throws InterruptedException {
        Bookings bookings = new Bookings();
        long period = 1_000_000_000L / perSecond;
        long warmUpEvents = warmUp.toSeconds() * perSecond;
        long total = warmUpEvents + recorded.toSeconds() * perSecond;
        Semaphore window = new Semaphore(PublishWindow.DEFAULT_WINDOW);
        long start = System.nanoTime();
        long recordingStarted = 0;
        for (long i = 0; i < total; i++) {
            long due = start + i * period;
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            if (i == warmUpEvents) {
                recorder.getIntervalHistogram(); // forget the warm-up
                confirmations.getIntervalHistogram();
                recordingStarted = System.nanoTime();
            }
            Event<BookingCreated> event = publisher.envelope(bookings.payload(i), bookings.options(i));
            window.acquire();
            boolean recording = i >= warmUpEvents;
            long sent = System.nanoTime();
            if (recording) {
                sentAt.put(event.id(), sent);
            }
            publisher.publishAsync(event).whenComplete((receipt, failure) -> {
                if (recording) {
                    confirmations.recordValue(System.nanoTime() - sent);
                }
                window.release();
            });
        }
        long publishingNanos = System.nanoTime() - recordingStarted;
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!sentAt.isEmpty() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(1_000_000);
        }
        int unhandled = sentAt.size();
        sentAt.clear();
        return new Phase(perSecond, recorder.getIntervalHistogram(), confirmations.getIntervalHistogram(),
                total - warmUpEvents, publishingNanos, unhandled, warmUp);
    }

    /** The latencies recorded at one rate. */
    private record Phase(int targetRate, Histogram histogram, Histogram confirmations, long published,
                         long publishingNanos, int unhandled, Duration warmUp) {

        double percentileMs(double percentile) {
            return histogram.getValueAtPercentile(percentile) / 1e6;
        }

        Map<String, Object> details(String target, double limitMs, double percentile) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("rate_target", targetRate);
            details.put("rate_achieved", ResultPrinter.rounded(published * 1e9 / publishingNanos));
            details.put("events", published);
            details.put("handled", histogram.getTotalCount());
            details.put("unhandled_after_10s", unhandled);
            details.put("p50_ms", ResultPrinter.rounded(percentileMs(50)));
            details.put("p90_ms", ResultPrinter.rounded(percentileMs(90)));
            details.put("p99_ms", ResultPrinter.rounded(percentileMs(99)));
            details.put("p99_9_ms", ResultPrinter.rounded(percentileMs(99.9)));
            details.put("max_ms", ResultPrinter.rounded(histogram.getMaxValue() / 1e6));
            // publish to XADD confirmed: the part of the latency that is the publish's own round trip
            details.put("publish_confirmed_p50_ms", ResultPrinter.rounded(confirmations.getValueAtPercentile(50) / 1e6));
            details.put("publish_confirmed_p99_ms", ResultPrinter.rounded(confirmations.getValueAtPercentile(99) / 1e6));
            details.put("warm_up", "first the JIT's, at 20,000/s, then " + warmUp.toSeconds() + " s at the rate, unrecorded");
            details.put("target", target);
            if (!Double.isNaN(limitMs)) {
                details.put("met", unhandled == 0 && percentileMs(percentile) <= limitMs);
            }
            return details;
        }
    }
}
