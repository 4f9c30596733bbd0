package ng.korrect.bench.bus;

import io.lettuce.core.Consumer;
import io.lettuce.core.RedisBusyException;
import io.lettuce.core.RedisClient;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XAddArgs;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * The floor of end-to-end latency on this machine: plain Lettuce, no bus. A pre-encoded envelope and
 * its send time go out with async {@code XADD MAXLEN ~ 10000} at 1,000/s; one platform thread reads
 * with a blocking {@code XREADGROUP COUNT 100} on a connection of its own, times each entry at once
 * and acknowledges the batch. No decoding, no handler threads: what is left is Redis, the loopback
 * and the wake-ups of the threads.
 */
final class PlainLettuceLatency {

    private static final String STREAM = "korrect:bench:latency-floor";
    private static final String GROUP = "floor";

    private final BenchServer server;
    private final BenchSettings settings;

    PlainLettuceLatency(BenchServer server, BenchSettings settings) {
        this.server = server;
        this.settings = settings;
    }

    List<Result> run(int perSecond) throws InterruptedException {
        server.delete(STREAM);
        Histogram histogram = new Histogram(3);
        AtomicLong recordFrom = new AtomicLong(Long.MAX_VALUE);
        RedisClient client = RedisClient.create(server.url());
        try (StatefulRedisConnection<String, String> publishing = client.connect();
             StatefulRedisConnection<String, String> reading = client.connect()) {
            createGroup(reading.sync());
            Thread reader = Thread.ofPlatform().name("floor-reader").start(() -> read(reading.sync(), histogram, recordFrom));
            String envelope = "x".repeat(474);
            XAddArgs trimming = new XAddArgs().maxlen(10_000).approximateTrimming();
            long period = 1_000_000_000L / perSecond;
            long warmUp = settings.latencyWarmUp().toSeconds() * perSecond;
            long total = warmUp + settings.latencyAt1k().toSeconds() * perSecond;
            long start = System.nanoTime();
            for (long i = 0; i < total; i++) {
                long due = start + i * period;
                for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                    LockSupport.parkNanos(wait);
                }
                long now = System.nanoTime();
                if (i == warmUp) {
                    recordFrom.set(now);
                }
                publishing.async().xadd(STREAM, trimming, Map.of("data", envelope, "t", Long.toString(now)));
            }
            LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
            reader.interrupt();
            reader.join(2_000);
        } finally {
            client.shutdown();
            server.delete(STREAM);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("what", "plain Lettuce, no bus: async XADD, one platform thread on a blocking XREADGROUP COUNT 100, "
                + "timed on arrival, XACK per batch");
        details.put("rate_target", perSecond);
        details.put("handled", histogram.getTotalCount());
        details.put("p50_ms", ResultPrinter.rounded(histogram.getValueAtPercentile(50) / 1e6));
        details.put("p99_ms", ResultPrinter.rounded(histogram.getValueAtPercentile(99) / 1e6));
        details.put("p99_9_ms", ResultPrinter.rounded(histogram.getValueAtPercentile(99.9) / 1e6));
        details.put("max_ms", ResultPrinter.rounded(histogram.getMaxValue() / 1e6));
        return List.of(
                Result.of("e2e_floor_p50_ms", histogram.getValueAtPercentile(50) / 1e6, "ms", details),
                Result.of("e2e_floor_p99_ms", histogram.getValueAtPercentile(99) / 1e6, "ms", details));
    }

    private static void createGroup(RedisCommands<String, String> redis) {
        try {
            redis.xgroupCreate(XReadArgs.StreamOffset.from(STREAM, "$"), GROUP, XGroupCreateArgs.Builder.mkstream());
        } catch (RedisBusyException exists) {
            // fine
        }
    }

    private static void read(RedisCommands<String, String> redis, Histogram histogram, AtomicLong recordFrom) {
        Consumer<String> consumer = Consumer.from(GROUP, "floor-1");
        XReadArgs args = XReadArgs.Builder.count(100).block(200);
        while (!Thread.currentThread().isInterrupted()) {
            List<StreamMessage<String, String>> messages;
            try {
                messages = redis.xreadgroup(consumer, args, XReadArgs.StreamOffset.lastConsumed(STREAM));
            } catch (RuntimeException e) {
                return;
            }
            long now = System.nanoTime();
            for (StreamMessage<String, String> message : messages) {
                long sent = Long.parseLong(message.getBody().get("t"));
                if (sent >= recordFrom.get()) {
                    histogram.recordValue(now - sent);
                }
            }
            if (!messages.isEmpty()) {
                redis.xack(STREAM, GROUP, messages.stream().map(StreamMessage::getId).toArray(String[]::new));
            }
        }
    }
}
