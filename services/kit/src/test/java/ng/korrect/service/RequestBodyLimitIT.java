package ng.korrect.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import ng.korrect.bus.RedisFixture;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The body size limit holds on the bytes read, whatever the framing: a chunked body, which has no
 * {@code Content-Length} to check up front, is refused with 413 once it passes the limit, as one with a
 * declared length is, and nothing is written.
 */
class RequestBodyLimitIT {

    @RegisterExtension
    static final RedisFixture REDIS = RedisFixture.appendOnly();

    @TempDir
    static Path dataDir;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static SampleService service;

    @BeforeAll
    static void startService() {
        service = new SampleService(ServiceConfig.fromMap(ServiceName.USERS, Map.of("PORT", "0",
                "REDIS_URL", REDIS.url(), "KORRECT_DATA_DIR", dataDir.toString(),
                "JWT_SECRET", "0123456789abcdef0123456789abcdef")));
        service.start();
    }

    @AfterAll
    static void stopService() {
        service.close();
    }

    @Test
    void shouldRefuseAChunkedBodyPastTheLimitWith413AndWriteNothing() throws Exception {
        long before = notes();

        HttpResponse<String> response = post(chunked(validNotePaddedTo(2 * HttpServer.MAX_BODY_BYTES)));

        assertTooLarge(response);
        assertThat(notes()).isEqualTo(before);
    }

    @Test
    void shouldRefuseABodyWithADeclaredLengthPastTheLimitWith413() throws Exception {
        HttpResponse<String> response = post(HttpRequest.BodyPublishers.ofByteArray(
                validNotePaddedTo(2 * HttpServer.MAX_BODY_BYTES).readAllBytes()));

        assertTooLarge(response);
    }

    @Test
    void shouldRefuseAHugeChunkedBodyWithoutReadingItIntoMemory() throws Exception {
        HttpResponse<String> response = post(chunked(validNotePaddedTo(200L * 1024 * 1024)));

        assertTooLarge(response);
    }

    @Test
    void shouldTakeAChunkedBodyWithinTheLimit() throws Exception {
        HttpResponse<String> response = post(chunked(validNotePaddedTo(HttpServer.MAX_BODY_BYTES / 2)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private static void assertTooLarge(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        JsonNode error = JSON.readTree(response.body()).get("error");
        assertThat(error.get("code").asText()).isEqualTo("payload_too_large");
    }

    /** A valid note of that many bytes: its JSON, padded with spaces before the closing brace, made as it is read. */
    private static InputStream validNotePaddedTo(long bytes) {
        byte[] start = "{\"title\":\"big\",\"email\":\"big@example.ng\"".getBytes(StandardCharsets.UTF_8);
        InputStream spaces = new InputStream() {
            private long left = bytes - start.length - 1;

            @Override
            public int read() {
                return left-- > 0 ? ' ' : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) ' ');
                left -= n;
                return n;
            }
        };
        return new SequenceInputStream(new SequenceInputStream(new ByteArrayInputStream(start), spaces),
                new ByteArrayInputStream("}".getBytes(StandardCharsets.UTF_8)));
    }

    /** A body of unknown length, which HTTP/1.1 sends in chunks. */
    private static HttpRequest.BodyPublisher chunked(InputStream body) {
        return HttpRequest.BodyPublishers.ofInputStream(() -> body);
    }

    private static HttpResponse<String> post(HttpRequest.BodyPublisher body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + "/api/v1/notes"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + service.context().tokens().issue("user-big", Role.ADMIN))
                .POST(body).build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static long notes() throws Exception {
        try (Connection connection = service.context().database().dataSource().getConnection();
             ResultSet rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM notes")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
