package ng.korrect.bench.bus;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code backlog_1m_drain}: a backlog of a million events (a {@code MAXLEN} of two million keeps them
 * all) drained by {@link BacklogDrainMain} in a child JVM with {@code -Xmx128m}, so that a consumer
 * whose memory grew with the backlog would fail.
 */
final class BacklogDrain {

    static final String MAX_HEAP = "-Xmx128m";
    private static final long TIMEOUT_SECONDS = 300;

    private final BenchServer server;
    private final BenchSettings settings;

    BacklogDrain(BenchServer server, BenchSettings settings) {
        this.server = server;
        this.settings = settings;
    }

    List<Result> run() throws InterruptedException, IOException {
        long events = settings.backlogEvents();
        server.delete(Bookings.STREAM);
        long prefillStarted = System.nanoTime();
        ConsumeThroughput.prefill(server.url(), events);
        double prefillSeconds = (System.nanoTime() - prefillStarted) / 1e9;
        long length = server.redis().xlen(Bookings.STREAM);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("events", events);
        details.put("stream_length_before", length);
        details.put("prefill_seconds", ResultPrinter.rounded(prefillSeconds));
        details.put("consumer_jvm", MAX_HEAP);
        details.put("max_in_flight", Drain.MAX_IN_FLIGHT);
        details.put("batch_size", Drain.BATCH_SIZE);
        Map<String, Object> child = runChild(events);
        details.putAll(child);
        server.delete(Bookings.STREAM);
        boolean finished = Boolean.TRUE.equals(child.get("finished")) && length == events;
        details.put("target", "finishes with " + MAX_HEAP);
        details.put("met", finished);
        Object seconds = child.get("seconds");
        return List.of(seconds instanceof Number number
                ? Result.of("backlog_1m_drain", number.doubleValue(), "s", details)
                : new Result("backlog_1m_drain", null, "s", details));
    }

    private Map<String, Object> runChild(long events) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command()
                .orElse(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        Process process = new ProcessBuilder(java, MAX_HEAP, "-cp", System.getProperty("java.class.path"),
                BacklogDrainMain.class.getName(), server.url(), String.valueOf(events), String.valueOf(TIMEOUT_SECONDS))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        boolean ended = process.waitFor(TIMEOUT_SECONDS + 60, TimeUnit.SECONDS);
        Map<String, Object> report = new LinkedHashMap<>();
        if (!ended) {
            process.destroyForcibly();
            report.put("finished", false);
            report.put("error", "the consumer JVM did not end");
            return report;
        }
        String[] lines = output.split("\r?\n");
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> parsed = new ObjectMapper().readValue(lines[lines.length - 1], Map.class);
            report.putAll(parsed);
        } catch (IOException e) {
            report.put("finished", false);
            report.put("error", "the consumer JVM exited with " + process.exitValue() + " and printed no report");
        }
        report.put("exit_code", process.exitValue());
        return report;
    }
}
