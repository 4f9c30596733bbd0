package ng.korrect.bench.bus;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import ng.korrect.bus.EventBus;

/**
 * The consumer of the backlog benchmark, in a JVM of its own started with a small heap
 * ({@code -Xmx128m}): drains the {@code booking.created} stream with a new group and prints one JSON
 * object on stdout: seconds, whether it finished, what its heap did.
 * Arguments: the Redis URL, the number of entries, the timeout in seconds.
 */
public final class BacklogDrainMain {

    private BacklogDrainMain() {
    }

    /** Drains, prints, exits. */
    public static void main(String[] args) throws Exception {
        String url = args[0];
        long expected = Long.parseLong(args[1]);
        Duration timeout = Duration.ofSeconds(Long.parseLong(args[2]));
        Map<String, Object> report = new LinkedHashMap<>();
        try (HeapWatch heap = new HeapWatch();
             BenchServer server = BenchServer.connect(url);
             EventBus bus = EventBus.connect(Drain.consumerOptions(url, expected))) {
            Drain.Outcome outcome = Drain.run(bus, new StreamProbe(server.redis(), Bookings.STREAM),
                    "bench-backlog", expected, timeout);
            report.put("seconds", outcome.nanos() / 1e9);
            report.put("finished", outcome.finished());
            report.put("handled", outcome.handled());
            report.put("events_per_second", Math.round(outcome.perSecond(expected)));
            report.putAll(heap.report());
        }
        System.out.println(new ObjectMapper().writeValueAsString(report));
        System.exit(0);
    }
}
