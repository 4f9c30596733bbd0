package ng.korrect.bench.bus;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ng.korrect.bus.BusOptions;
import ng.korrect.bus.EventBus;
import ng.korrect.catalog.ServiceName;

/**
 * {@code consume_eps}: a stream pre-filled with N events (published beforehand, kept whole by a large
 * {@code MAXLEN}), drained by one consumer group with a no-op handler, from {@code start()} to all
 * acknowledged. A smaller drain first warms the JIT up; the median of the rounds is reported.
 */
final class ConsumeThroughput {

    private final BenchServer server;
    private final BenchSettings settings;

    ConsumeThroughput(BenchServer server, BenchSettings settings) {
        this.server = server;
        this.settings = settings;
    }

    List<Result> run() throws InterruptedException {
        List<Double> rates = new ArrayList<>();
        boolean allFinished = true;
        StreamProbe probe = new StreamProbe(server.redis(), Bookings.STREAM);
        try (EventBus bus = EventBus.connect(Drain.consumerOptions(server.url(),
                Math.max(settings.consumeEvents(), settings.consumeWarmUp())))) {
            drain(bus, probe, "bench-consume-warm-up", settings.consumeWarmUp());
            for (int round = 0; round < settings.rounds(); round++) {
                Drain.Outcome outcome = drain(bus, probe, "bench-consume-" + round, settings.consumeEvents());
                allFinished &= outcome.finished();
                rates.add(outcome.perSecond(settings.consumeEvents()));
            }
        }
        server.delete(Bookings.STREAM);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("events_per_round", settings.consumeEvents());
        details.put("warm_up_events", settings.consumeWarmUp());
        details.put("max_in_flight", Drain.MAX_IN_FLIGHT);
        details.put("batch_size", Drain.BATCH_SIZE);
        details.put("handler", "no-op");
        details.put("all_finished", allFinished);
        details.put("target", ">= 200000");
        details.put("met", allFinished && Stats.median(rates) >= 200_000);
        details.put("rounds", rates.stream().map(ResultPrinter::rounded).toList());
        return List.of(Result.of("consume_eps", Stats.median(rates), "events/s", details));
    }

    private Drain.Outcome drain(EventBus bus, StreamProbe probe, String group, long events) throws InterruptedException {
        server.delete(Bookings.STREAM);
        prefill(server.url(), events);
        return Drain.run(bus, probe, group, events, Duration.ofMinutes(2));
    }

    /** Publishes that many events, with a {@code MAXLEN} that keeps them all. */
    static void prefill(String redisUrl, long events) throws InterruptedException {
        BusOptions options = BusOptions.builder(redisUrl).maxLength(Drain.backlogMaxLength(events)).build();
        try (EventBus bus = EventBus.connect(options)) {
            new PublishWindow(bus.publisher(ServiceName.TRANSACTION), new Bookings(), PublishWindow.DEFAULT_WINDOW)
                    .publish(events);
        }
    }
}
