package ng.korrect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.EventCodec;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.ReviewCreated;
import org.junit.jupiter.api.Test;

/** Runs the shaded jar that {@code package} builds as a real process, with the JDK running the tests. */
class KorrectLauncherIT {

    private static final Path JAR = Path.of("target", "korrect-cli.jar");

    @Test
    void shouldListTheCatalogFromTheShadedJar() throws Exception {
        Result result = run(new byte[0], "catalog", "list");

        assertThat(result.status()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out().lines()).hasSize(22)
                .anySatisfy(line -> assertThat(line).matches("notification\\.send +any service +platform +korrect:events:notification\\.send"));
    }

    @Test
    void shouldValidateStandardInputLineByLine() throws Exception {
        Event<ReviewCreated> event = Event.of(new ReviewCreated("review-1", "profile-1", "customer-1", 4, "Tidy"),
                ServiceName.ARTISAN);
        String valid = EventCodec.create().encodeToString(event);
        byte[] input = (valid + "\n{}\n" + valid + "\r\n").getBytes(StandardCharsets.UTF_8);

        Result result = run(input, "catalog", "validate", "-");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.out().lines()).hasSize(3);
        assertThat(result.out().lines().toList().get(0)).isEqualTo("OK review.created " + event.id());
        assertThat(result.out().lines().toList().get(1)).startsWith("INVALID id: is required;");
        assertThat(result.out().lines().toList().get(2)).isEqualTo("OK review.created " + event.id());
    }

    @Test
    void shouldExitWithTwoForAMissingFile() throws Exception {
        String missing = "missing-" + UUID.randomUUID() + ".jsonl";

        Result result = run(new byte[0], "catalog", "validate", missing);

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().strip()).isEqualTo("korrect catalog validate: cannot read " + missing + ": no such file");
    }

    @Test
    void shouldSayInOneLineWithoutLibraryNoiseThatRedisIsOutOfReach() throws Exception {
        Result result = run(new byte[0], "streams", "--redis", "redis://127.0.0.1:1");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines()).hasSize(1).first().asString()
                .startsWith("korrect streams: cannot reach Redis at redis://127.0.0.1:1: ");
    }

    private record Result(int status, String out, String err) {
    }

    private static Result run(byte[] stdin, String... args) throws IOException, InterruptedException {
        assertThat(JAR).as("the shaded jar, built by package").isRegularFile();
        String java = ProcessHandle.current().info().command().orElseThrow();
        List<String> command = new ArrayList<>(List.of(java, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        CompletableFuture<String> out = readAll(process.getInputStream());
        CompletableFuture<String> err = readAll(process.getErrorStream());
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin);
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the process ended").isTrue();
        return new Result(process.exitValue(), out.join(), err.join());
    }

    private static CompletableFuture<String> readAll(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
