package ng.korrect.bench.bus;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs Debian's {@code redis-benchmark} against the same server, doing what a publisher does at best:
 * {@code XADD <key> MAXLEN ~ 10000 * data <value>}, pipelined ({@code -P 16 -c 50}), with a value as
 * long as our envelope. Its requests per second are the machine's limit for publishing.
 */
final class RedisBenchmarkRunner {

    static final int PIPELINE = 16;
    static final int CLIENTS = 50;
    static final String KEY = "korrect:bench:xadd";

    private final String redisUrl;
    private final Optional<String> binary;

    RedisBenchmarkRunner(String redisUrl) {
        this.redisUrl = redisUrl;
        this.binary = find();
    }

    boolean available() {
        return binary.isPresent();
    }

    String binary() {
        return binary.orElse("redis-benchmark (not found)");
    }

    /** The XADD rate in requests per second, for {@code requests} XADDs of a value of {@code valueSize} bytes. */
    double xaddPerSecond(int requests, int valueSize) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(binary.orElseThrow(() ->
                new IOException("redis-benchmark is not installed (Debian package redis-tools)"))));
        command.addAll(connectionArguments(URI.create(redisUrl)));
        command.addAll(List.of("-n", String.valueOf(requests), "-P", String.valueOf(PIPELINE),
                "-c", String.valueOf(CLIENTS), "--csv",
                "XADD", KEY, "MAXLEN", "~", "10000", "*", "data", "x".repeat(valueSize)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IOException("redis-benchmark failed: " + tail(output));
        }
        return parseRate(output);
    }

    /** The {@code rps} column of the last CSV line. */
    static double parseRate(String csv) throws IOException {
        String[] lines = csv.strip().split("\r?\n");
        String last = lines[lines.length - 1];
        String[] columns = last.split("\",\"");
        if (columns.length < 2 || !last.startsWith("\"XADD")) {
            throw new IOException("cannot read the rate in redis-benchmark's output: " + tail(csv));
        }
        return Double.parseDouble(columns[1].replace("\"", ""));
    }

    private static List<String> connectionArguments(URI uri) {
        List<String> arguments = new ArrayList<>(List.of("-h", uri.getHost(),
                "-p", String.valueOf(uri.getPort() > 0 ? uri.getPort() : 6379)));
        if (uri.getUserInfo() != null) {
            String[] userAndPassword = uri.getUserInfo().split(":", 2);
            if (userAndPassword.length == 2) {
                if (!userAndPassword[0].isEmpty()) {
                    arguments.addAll(List.of("--user", userAndPassword[0]));
                }
                arguments.addAll(List.of("-a", userAndPassword[1]));
            } else {
                arguments.addAll(List.of("-a", userAndPassword[0]));
            }
        }
        String path = uri.getPath();
        if (path != null && path.length() > 1) {
            arguments.addAll(List.of("--dbnum", path.substring(1)));
        }
        if ("rediss".equals(uri.getScheme())) {
            arguments.add("--tls");
        }
        return arguments;
    }

    private static Optional<String> find() {
        String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/bin";
        for (String folder : path.split(File.pathSeparator)) {
            File candidate = new File(folder, "redis-benchmark");
            if (candidate.canExecute()) {
                return Optional.of(candidate.getPath());
            }
        }
        return Optional.empty();
    }

    private static String tail(String output) {
        String cleaned = output.replaceAll("x{20,}", "x...");
        return cleaned.length() > 400 ? cleaned.substring(cleaned.length() - 400) : cleaned;
    }
}
