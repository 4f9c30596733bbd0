package ng.korrect.bench.bus;

import java.util.List;
import java.util.Set;

/**
 * {@code ./korrect bench [--quick]}: the bus benchmarks of issue 3, one JSON line per result on stdout,
 * progress on stderr. Runs against {@code REDIS_URL} when set, else against an embedded Redis of its
 * own. Against a configured server it writes and deletes the keys {@code korrect:events:booking.created},
 * {@code korrect:bench:xadd} and {@code korrect:bench:latency-floor}: point it at a scratch server or database.
 *
 * <pre>{@code
 * java -cp bench/target/benchmarks.jar ng.korrect.bench.bus.BusBenchmarkMain --quick
 * }</pre>
 */
public final class BusBenchmarkMain {

    private static final Set<String> SCENARIOS = Set.of("publish", "consume", "latency", "backlog");

    private BusBenchmarkMain() {
    }

    /** Arguments: {@code --quick} for the short run; scenario names to run only those. */
    public static void main(String[] args) throws Exception {
        List<String> arguments = List.of(args);
        BenchSettings settings = arguments.contains("--quick") ? BenchSettings.quickRun() : BenchSettings.fullRun();
        List<String> only = arguments.stream().filter(SCENARIOS::contains).toList();
        for (String argument : arguments) {
            if (!argument.equals("--quick") && !SCENARIOS.contains(argument)) {
                System.err.println("usage: korrect bench [--quick] [" + String.join("|", SCENARIOS) + "]...");
                System.exit(2);
            }
        }
        try (BenchServer server = BenchServer.fromEnvironment()) {
            if (!server.isEmbedded()) {
                System.err.println("bench: against REDIS_URL " + server.url()
                        + "; the keys korrect:events:booking.created, korrect:bench:xadd and korrect:bench:latency-floor are overwritten");
            }
            ResultPrinter printer = new ResultPrinter(System.out, Machine.describe(), server.version(), settings.quick());
            long started = System.nanoTime();
            if (selected(only, "publish")) {
                progress("publish throughput beside redis-benchmark");
                new PublishThroughput(server, settings).run().forEach(printer::print);
            }
            if (selected(only, "consume")) {
                progress("draining a pre-filled stream");
                new ConsumeThroughput(server, settings).run().forEach(printer::print);
            }
            if (selected(only, "latency")) {
                progress("end-to-end latency at 1,000 and 20,000 events/s");
                new EndToEndLatency(server, settings).run().forEach(printer::print);
                progress("the same at 1,000 events/s with plain Lettuce, no bus: the machine's floor");
                new PlainLettuceLatency(server, settings).run(1_000).forEach(printer::print);
            }
            if (selected(only, "backlog")) {
                progress("a backlog of " + settings.backlogEvents() + " drained with " + BacklogDrain.MAX_HEAP);
                new BacklogDrain(server, settings).run().forEach(printer::print);
            }
            progress(String.format("done in %.0f s", (System.nanoTime() - started) / 1e9));
        }
        System.exit(0);
    }

    private static boolean selected(List<String> only, String scenario) {
        return only.isEmpty() || only.contains(scenario);
    }

    private static void progress(String message) {
        System.err.println("bench: " + message);
    }
}
