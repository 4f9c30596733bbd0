package ng.korrect.bench.bus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ng.korrect.bus.BusOptions;
import ng.korrect.bus.EventBus;
import ng.korrect.bus.EventPublisher;
import ng.korrect.catalog.EventCodec;
import ng.korrect.catalog.ServiceName;

/**
 * {@code publish_eps} beside {@code redis_benchmark_xadd_eps}, in alternating rounds on the same server:
 * redis-benchmark, then the bus publishing the same number of events from one process with a window
 * in flight, and again. Each figure is the median of its rounds; {@code publish_ratio} is the ratio of
 * the two medians.
 */
final class PublishThroughput {

    private final BenchServer server;
    private final BenchSettings settings;

    PublishThroughput(BenchServer server, BenchSettings settings) {
        this.server = server;
        this.settings = settings;
    }

    List<Result> run() throws InterruptedException {
        RedisBenchmarkRunner redisBenchmark = new RedisBenchmarkRunner(server.url());
        Bookings bookings = new Bookings();
        List<Double> benchmarkRates = new ArrayList<>();
        List<Double> publishRates = new ArrayList<>();
        String benchmarkError = null;
        int wireSize;
        try (EventBus bus = EventBus.connect(BusOptions.builder(server.url()).build())) {
            EventPublisher publisher = bus.publisher(ServiceName.TRANSACTION);
            wireSize = bookings.wireSize(publisher, EventCodec.create());
            PublishWindow window = new PublishWindow(publisher, bookings, PublishWindow.DEFAULT_WINDOW);
            server.delete(Bookings.STREAM);
            window.publish(settings.publishWarmUp());
            for (int round = 0; round < settings.rounds(); round++) {
                if (redisBenchmark.available() && benchmarkError == null) {
                    try {
                        server.delete(RedisBenchmarkRunner.KEY);
                        benchmarkRates.add(redisBenchmark.xaddPerSecond(settings.redisBenchmarkRequests(), wireSize));
                    } catch (IOException e) {
                        benchmarkError = e.getMessage();
                    }
                }
                server.delete(Bookings.STREAM);
                long nanos = window.publish(settings.publishEvents());
                publishRates.add(PublishWindow.perSecond(settings.publishEvents(), nanos));
            }
            server.delete(Bookings.STREAM, RedisBenchmarkRunner.KEY);
        }
        return results(redisBenchmark, benchmarkRates, publishRates, wireSize,
                benchmarkError != null ? benchmarkError : "redis-benchmark not found (install redis-tools)");
    }

    private List<Result> results(RedisBenchmarkRunner redisBenchmark, List<Double> benchmarkRates,
                                 List<Double> publishRates, int wireSize, String benchmarkError) {
        List<Result> results = new ArrayList<>();
        Map<String, Object> benchmarkDetails = new LinkedHashMap<>();
        benchmarkDetails.put("command", "XADD " + RedisBenchmarkRunner.KEY + " MAXLEN ~ 10000 * data <" + wireSize + " bytes>");
        benchmarkDetails.put("pipeline", RedisBenchmarkRunner.PIPELINE);
        benchmarkDetails.put("clients", RedisBenchmarkRunner.CLIENTS);
        benchmarkDetails.put("requests_per_round", settings.redisBenchmarkRequests());
        benchmarkDetails.put("rounds", rounded(benchmarkRates));
        benchmarkDetails.put("binary", redisBenchmark.binary());
        double benchmark = Stats.median(benchmarkRates);
        results.add(benchmarkRates.isEmpty()
                ? Result.missing("redis_benchmark_xadd_eps", "ops/s", benchmarkError)
                : Result.of("redis_benchmark_xadd_eps", benchmark, "ops/s", benchmarkDetails));

        Map<String, Object> publishDetails = new LinkedHashMap<>();
        publishDetails.put("events_per_round", settings.publishEvents());
        publishDetails.put("warm_up_events", settings.publishWarmUp());
        publishDetails.put("in_flight_window", PublishWindow.DEFAULT_WINDOW);
        publishDetails.put("envelope_bytes", wireSize);
        publishDetails.put("max_length", BusOptions.DEFAULT_MAX_LENGTH);
        publishDetails.put("rounds", rounded(publishRates));
        double publish = Stats.median(publishRates);
        results.add(Result.of("publish_eps", publish, "events/s", publishDetails));

        if (!benchmarkRates.isEmpty()) {
            Map<String, Object> ratioDetails = new LinkedHashMap<>();
            ratioDetails.put("target", ">= 0.5");
            ratioDetails.put("met", publish / benchmark >= 0.5);
            List<Double> perRound = new ArrayList<>();
            for (int i = 0; i < Math.min(benchmarkRates.size(), publishRates.size()); i++) {
                perRound.add(ResultPrinter.rounded(publishRates.get(i) / benchmarkRates.get(i)));
            }
            ratioDetails.put("rounds", perRound);
            results.add(Result.of("publish_ratio", publish / benchmark, "ratio", ratioDetails));
        } else {
            results.add(Result.missing("publish_ratio", "ratio", benchmarkError));
        }
        return results;
    }

    private static List<Double> rounded(List<Double> values) {
        return values.stream().map(ResultPrinter::rounded).toList();
    }
}
