package ng.korrect.app.chaos;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ng.korrect.catalog.ServiceName;

/**
 * One {@code korrect up} in a child process, started with this JVM's own java command and class path (so it
 * works from the test class path and from the fat jar alike). Its summary is parsed for the ports and the
 * Redis URL; what it prints afterwards, and all of its stderr, is appended to log files of the run.
 */
final class PlatformProcess {

    private static final Pattern SERVICE_LINE = Pattern.compile("^\\s+(\\w+)\\s+http://localhost:(\\d+)$");
    private static final Pattern REDIS_EXPORT = Pattern.compile("^For the CLI: export REDIS_URL=(\\S+)$");
    private static final String DEFAULT_REDIS_URL = "redis://127.0.0.1:6379";
    private static final String LAST_SUMMARY_LINE = "Ctrl-C stops everything.";
    private static final Duration START_LIMIT = Duration.ofSeconds(120);

    private final Process process;
    private final PlatformAddress address;

    private PlatformProcess(Process process, PlatformAddress address) {
        this.process = process;
        this.address = address;
    }

    /** Starts the platform with that environment (added to this process's, minus any external Redis or secret) and waits for its summary. */
    static PlatformProcess start(Map<String, String> environment, Path stdoutLog, Path stderrLog) {
        List<String> command = List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), "ng.korrect.app.KorrectApp", "up");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(stderrLog.toFile()));
        Map<String, String> env = builder.environment();
        List.of("REDIS_URL", "DATABASE_URL", "JWT_SECRET", "PORT", "KORRECT_SCHEMA_PREFIX").forEach(env::remove);
        env.putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start korrect up", e);
        }
        try {
            return new PlatformProcess(process, readSummary(process, stdoutLog));
        } catch (RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    private static PlatformAddress readSummary(Process process, Path stdoutLog) {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        Thread reader = Thread.ofVirtual().start(() -> {
            try {
                String line;
                while ((line = out.readLine()) != null) {
                    synchronized (lines) {
                        lines.add(line);
                        lines.notifyAll();
                    }
                }
            } catch (IOException e) {
                // the process ended; what it printed is in lines
            }
            synchronized (lines) {
                lines.add(null);
                lines.notifyAll();
            }
        });
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        synchronized (lines) {
            while (!lines.contains(LAST_SUMMARY_LINE)) {
                if (lines.contains(null)) {
                    throw new IllegalStateException("korrect up ended before it was up: " + lines);
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("korrect up was not up within " + START_LIMIT + ": " + lines);
                }
                try {
                    lines.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while korrect up started", e);
                }
            }
            appendLater(lines, reader, stdoutLog);
            return parse(lines);
        }
    }

    /** Keeps draining stdout into the log, so that the child never blocks on a full pipe. */
    private static void appendLater(List<String> lines, Thread reader, Path stdoutLog) {
        Thread.ofVirtual().start(() -> {
            int written = 0;
            try (Writer log = Files.newBufferedWriter(stdoutLog, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND)) {
                while (true) {
                    String line;
                    synchronized (lines) {
                        while (written >= lines.size()) {
                            lines.wait();
                        }
                        line = lines.get(written++);
                    }
                    if (line == null) {
                        return;
                    }
                    log.write(line + System.lineSeparator());
                    log.flush();
                }
            } catch (IOException | InterruptedException e) {
                reader.interrupt();
            }
        });
    }

    private static PlatformAddress parse(List<String> lines) {
        Map<ServiceName, Integer> ports = new EnumMap<>(ServiceName.class);
        String redisUrl = DEFAULT_REDIS_URL;
        for (String line : lines) {
            Matcher service = SERVICE_LINE.matcher(line);
            if (service.matches()) {
                ServiceName.fromWireName(service.group(1)).ifPresent(name -> ports.put(name, Integer.parseInt(service.group(2))));
            }
            Matcher redis = REDIS_EXPORT.matcher(line);
            if (redis.matches()) {
                redisUrl = redis.group(1);
            }
        }
        if (ports.size() != ServiceName.values().length) {
            throw new IllegalStateException("korrect up printed ports for " + ports.keySet() + " only: " + lines);
        }
        return new PlatformAddress(ports, redisUrl);
    }

    /** Where this start answers. */
    PlatformAddress address() {
        return address;
    }

    /** The process id of the platform's JVM. */
    long pid() {
        return process.pid();
    }

    /** SIGKILL of the JVM: no shutdown hook, no drain; the embedded Redis, in its own session, survives. */
    void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    /** SIGTERM, the platform's clean stop (the embedded Redis last); SIGKILL when it takes more than a minute. */
    boolean stop() {
        process.destroy();
        if (awaitExit(Duration.ofSeconds(60))) {
            return true;
        }
        kill();
        return false;
    }

    private boolean awaitExit(Duration limit) {
        try {
            return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
