package ng.korrect.cli.catalog;

import static ng.korrect.cli.catalog.Envelopes.REVIEW_ID;
import static ng.korrect.cli.catalog.Envelopes.USER_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import ng.korrect.cli.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    private static final String REVIEW_OK = "OK review.created " + REVIEW_ID;
    private static final String USER_OK = "OK user.created " + USER_ID;

    @TempDir
    Path folder;

    @Test
    void shouldPrintOneVerdictPerLineInOrderAndExitWithOneWhenAnyIsInvalid() throws IOException {
        Path file = write(Envelopes.linesOf(
                Envelopes.reviewCreated(),
                "{\"id\":\"x\"}",
                "",
                Envelopes.userCreated(),
                Envelopes.reviewCreated().replace("\"rating\":5", "\"rating\":7")));

        CommandRun run = CommandRun.of("catalog", "validate", file.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).containsExactly(
                REVIEW_OK,
                "INVALID id: must be a UUID, was 'x'; type: is required; payload: is required; "
                        + "timestamp: is required; source: is required",
                "INVALID not valid JSON: no content",
                USER_OK,
                "INVALID payload.rating: must be between 1 and 5, was 7");
    }

    @Test
    void shouldExitWithZeroWhenEveryLineIsValid() throws IOException {
        Path file = write(Envelopes.linesOf(Envelopes.userCreated(), Envelopes.reviewCreated()));

        CommandRun run = CommandRun.of("catalog", "validate", file.toString());

        assertThat(run.status()).isZero();
        assertThat(run.outLines()).containsExactly(USER_OK, REVIEW_OK);
    }

    @Test
    void shouldReadCrLfLinesAndALastLineWithoutLineEnd() throws IOException {
        Path file = write((Envelopes.reviewCreated() + "\r\n" + Envelopes.userCreated()).getBytes(StandardCharsets.UTF_8));

        CommandRun run = CommandRun.of("catalog", "validate", file.toString());

        assertThat(run.status()).isZero();
        assertThat(run.outLines()).containsExactly(REVIEW_OK, USER_OK);
    }

    @Test
    void shouldReportInvalidUtf8AsInvalid() throws IOException {
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        input.writeBytes("{\"id\":\"".getBytes(StandardCharsets.US_ASCII));
        input.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
        input.writeBytes(Envelopes.linesOf(Envelopes.userCreated()));

        CommandRun run = CommandRun.of("catalog", "validate", write(input.toByteArray()).toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.outLines()).hasSize(2);
        assertThat(run.outLines().get(0)).startsWith("INVALID ").contains("UTF-8");
        assertThat(run.outLines().get(1)).isEqualTo(USER_OK);
    }

    @Test
    void shouldReportALineOverTheEnvelopeLimitWithItsSize() throws IOException {
        String huge = "x".repeat(200_000);
        Path file = write(Envelopes.linesOf(huge, Envelopes.userCreated()));

        CommandRun run = CommandRun.of("catalog", "validate", file.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.outLines()).containsExactly(
                "INVALID the envelope is 200000 bytes, more than the limit of 65536", USER_OK);
    }

    @Test
    void shouldPrintNothingForAnEmptyFile() throws IOException {
        CommandRun run = CommandRun.of("catalog", "validate", write(new byte[0]).toString());

        assertThat(run.status()).isZero();
        assertThat(run.out()).isEmpty();
    }

    @Test
    void shouldReadStandardInputForDash() {
        byte[] input = Envelopes.linesOf(Envelopes.reviewCreated(), "null");

        CommandRun run = CommandRun.withStdin(input, "catalog", "validate", "-");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.outLines()).containsExactly(REVIEW_OK, "INVALID must be a JSON object, was null");
    }

    @Test
    void shouldExitWithTwoAndNoStackTraceForAMissingFile() {
        Path missing = folder.resolve("missing.jsonl");

        CommandRun run = CommandRun.of("catalog", "validate", missing.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("korrect catalog validate: cannot read " + missing + ": no such file"
                + System.lineSeparator());
    }

    @Test
    void shouldExitWithTwoForAFolder() {
        CommandRun run = CommandRun.of("catalog", "validate", folder.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("cannot read " + folder + ": is a directory");
    }

    @Test
    void shouldExitWithTwoWithoutAFile() {
        CommandRun run = CommandRun.of("catalog", "validate");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("Missing required parameter: 'FILE'");
    }

    private Path write(byte[] content) throws IOException {
        return Files.write(Files.createTempFile(folder, "envelopes", ".jsonl"), content);
    }
}
