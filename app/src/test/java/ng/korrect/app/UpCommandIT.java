package ng.korrect.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ng.korrect.catalog.ServiceName;
import ng.korrect.service.testing.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code korrect up} as a process: what it prints, what it refuses, and that a signal stops it cleanly. */
class UpCommandIT {

    private static final Pattern SERVICE_LINE = Pattern.compile("^\\s+(\\w+)\\s+http://localhost:(\\d+)$");

    @TempDir
    Path dataDir;

    @Test
    void shouldPrintWhereEverythingRunsAndStopCleanlyWhenSignalled() throws Exception {
        Process up = start(Map.of(), "up");
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(up.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.contains("Ctrl-C stops everything")) {
                lines.add(line);
            }
            assertThat(line).as("output until then: %s", lines).isNotNull();
            Map<String, Integer> ports = ports(lines);
            assertThat(ports.keySet()).containsExactlyInAnyOrderElementsOf(
                    ServiceCatalog.available().stream().map(ServiceName::wireName).toList());
            assertThat(ApiClient.at("http://127.0.0.1:" + ports.get("users")).get("/health/ready").status()).isEqualTo(200);
            assertThat(lines).anySatisfy(row -> assertThat(row).contains("admin").contains("admin@korrect.local / "));
            assertThat(lines).anySatisfy(row -> assertThat(row).contains("redis").contains("embedded"));
            assertThat(lines).anySatisfy(row -> assertThat(row).contains("database").contains("embedded H2"));

            // Ctrl-C's SIGINT and a service manager's SIGTERM run the same stop; the test sends TERM because a
            // build started in the background (CI) passes SIGINT on as ignored, which the JVM honours
            long signalled = System.nanoTime();
            new ProcessBuilder("kill", "-TERM", Long.toString(up.pid())).start().waitFor();

            assertThat(up.waitFor(60, TimeUnit.SECONDS)).as("stopped within a minute of the signal").isTrue();
            // the five services stop at once: about 2 s here, where one after the other took about 10 s
            assertThat(java.time.Duration.ofNanos(System.nanoTime() - signalled)).as("time to stop an idle platform")
                    .isLessThan(java.time.Duration.ofSeconds(6));
            List<String> rest = out.lines().toList();
            assertThat(rest).contains("Stopping...", "Stopped.");
            assertThat(portAnswers(ports.get("users"))).isFalse();
        } finally {
            up.destroyForcibly();
        }
        assertThat(Files.readString(dataDir.resolve("up.err"))).doesNotContain("Exception")
                .as("Redis stops after the services that use it").doesNotContain("Redis is unreachable");
    }

    @Test
    void shouldRefuseAnUnknownServiceWithAUsageError() throws Exception {
        Process up = start(Map.of(), "up", "--service", "billing");

        assertThat(up.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(up.exitValue()).isEqualTo(2);
        assertThat(Files.readString(dataDir.resolve("up.err"))).contains("unknown service 'billing'").doesNotContain("\tat ");
    }

    @Test
    void shouldRefuseABadPortNamingTheVariable() throws Exception {
        Process up = start(Map.of("USERS_PORT", "many"), "up");

        assertThat(up.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(up.exitValue()).isEqualTo(2);
        assertThat(Files.readString(dataDir.resolve("up.err"))).contains("USERS_PORT must be a whole number").doesNotContain("\tat ");
    }

    private Process start(Map<String, String> extraEnv, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), KorrectApp.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(dataDir.resolve("up.err").toFile());
        Map<String, String> env = builder.environment();
        List.of("REDIS_URL", "DATABASE_URL", "JWT_SECRET", "PORT").forEach(env::remove);
        env.put("KORRECT_DATA_DIR", dataDir.resolve("data").toString());
        env.put("KORRECT_REDIS_PORT", "0");
        for (ServiceName name : ServiceName.values()) {
            env.put(PlatformSettings.portVariable(name), "0");
        }
        env.putAll(extraEnv);
        return builder.start();
    }

    private static Map<String, Integer> ports(List<String> lines) {
        Map<String, Integer> ports = new java.util.LinkedHashMap<>();
        for (String line : lines) {
            Matcher matcher = SERVICE_LINE.matcher(line);
            if (matcher.matches()) {
                ports.put(matcher.group(1), Integer.parseInt(matcher.group(2)));
            }
        }
        return ports;
    }

    private static boolean portAnswers(int port) {
        try (java.net.Socket ignored = new java.net.Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
