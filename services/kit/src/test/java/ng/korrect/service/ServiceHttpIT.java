package ng.korrect.service;

import ng.korrect.bus.RedisFixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lettuce.core.StreamMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ServiceHttpIT {

    @RegisterExtension
    static final RedisFixture REDIS = RedisFixture.appendOnly();

    @TempDir
    static Path dataDir;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
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
    void shouldAnswerAliveAndReadyOnceStarted() throws Exception {
        assertThat(send("GET", "/health", null, null).statusCode()).isEqualTo(200);

        HttpResponse<String> ready = send("GET", "/health/ready", null, null);

        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(json(ready).at("/checks").toString())
                .isEqualTo("{\"started\":\"up\",\"migrations\":\"up\",\"database\":\"up\",\"redis\":\"up\",\"consumerGroup\":\"up\"}");
    }

    @Test
    void shouldPublishTheEventOfARequestWithItsCorrelationId() throws Exception {
        HttpResponse<String> created = send("POST", "/api/v1/notes", "{\"title\":\"hello\",\"email\":\"ada@example.ng\"}",
                token("user-7", Role.CUSTOMER), "X-Correlation-Id", "trace-abc-123");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("X-Correlation-Id")).contains("trace-abc-123");
        assertThat(created.headers().firstValue("X-Request-Id")).isPresent();
        assertThat(json(created).get("correlationId").asText()).isEqualTo("trace-abc-123");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            List<StreamMessage<String, String>> entries = REDIS.redis().xrange("korrect:events:user.deleted",
                    io.lettuce.core.Range.create("-", "+"));
            assertThat(entries).anySatisfy(entry -> {
                JsonNode envelope = JSON.readTree(entry.getBody().get("data"));
                assertThat(envelope.get("correlationId").asText()).isEqualTo("trace-abc-123");
                assertThat(envelope.get("source").asText()).isEqualTo("users");
                assertThat(envelope.at("/payload/userId").asText()).isEqualTo("user-7");
            });
        });
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(service.handled)
                .anySatisfy(event -> assertThat(event.correlationId()).contains("trace-abc-123")));
    }

    @Test
    void shouldGenerateACorrelationIdWhenNoneIsGiven() throws Exception {
        HttpResponse<String> response = send("GET", "/health", null, null);

        assertThat(response.headers().firstValue("X-Correlation-Id")).hasValueSatisfying(id -> assertThat(id).hasSize(36));
    }

    @Test
    void shouldReplaceACorrelationIdThatCouldForgeLogLines() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/ids", null, null, "X-Correlation-Id", "a b");

        assertThat(response.headers().firstValue("X-Correlation-Id")).hasValueSatisfying(id -> assertThat(id).hasSize(36));
    }

    @Test
    void shouldPutBothIdsInTheLoggingContextOfTheHandler() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/ids", null, null, "X-Correlation-Id", "trace-mdc");

        JsonNode ids = json(response);
        assertThat(ids.get("correlationId").asText()).isEqualTo("trace-mdc");
        assertThat(ids.get("requestId").asText()).isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
    }

    @Test
    void shouldNameEveryBadFieldAndWriteNothing() throws Exception {
        long before = REDIS.redis().xlen("korrect:events:user.deleted");

        HttpResponse<String> response = send("POST", "/api/v1/notes", "{\"title\":\"\",\"email\":\"nope\"}",
                token("user-7", Role.CUSTOMER));

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = json(response).get("error");
        assertThat(error.get("code").asText()).isEqualTo("validation_failed");
        assertThat(error.get("details").toString()).isEqualTo("[{\"field\":\"title\",\"reason\":\"must not be blank\"},"
                + "{\"field\":\"email\",\"reason\":\"must be an email address\"}]");
        Thread.sleep(300);
        assertThat(REDIS.redis().xlen("korrect:events:user.deleted")).isEqualTo(before);
    }

    @Test
    void shouldAnswer401WithoutAValidToken() throws Exception {
        assertError(send("POST", "/api/v1/notes", "{}", null), 401, "unauthorized");
        assertError(send("POST", "/api/v1/notes", "{}", "Bearer not.a.token"), 401, "unauthorized");
    }

    @Test
    void shouldAnswer403ForTheWrongRole() throws Exception {
        assertError(send("POST", "/api/v1/notes", "{}", token("artisan-1", Role.ARTISAN)), 403, "forbidden");
    }

    @Test
    void shouldAnswer404And409AndUnknownRoutesInTheErrorFormat() throws Exception {
        assertError(send("GET", "/api/v1/notes/42", null, token("user-7", Role.CUSTOMER)), 404, "not_found");
        assertError(send("POST", "/api/v1/conflict", null, null), 409, "conflict");
        assertError(send("GET", "/api/v1/nowhere", null, null), 404, "not_found");
    }

    @Test
    void shouldAnswer429WithTheWaitInARetryAfterHeaderAndTheDetails() throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/busy", null, null);

        assertError(response, 429, "too_many_requests");
        assertThat(response.headers().firstValue("Retry-After")).contains("3");
        assertThat(response.body()).contains("\"retryAfterSeconds\":3").contains("slow down");
    }

    @Test
    void shouldRefuseABodyDeclaredAsTextOrFormWith415AndWriteNothing() throws Exception {
        String note = "{\"title\":\"as text\",\"email\":\"text@example.ng\"}";
        for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded"}) {
            HttpResponse<String> response = send("POST", "/api/v1/notes", note, token("user-text", Role.ADMIN),
                    "Content-Type", type);

            assertError(response, 415, "unsupported_media_type");
        }
        assertThat(send("POST", "/api/v1/notes", note, token("user-text", Role.ADMIN),
                "Content-Type", "application/json; charset=utf-8").statusCode()).isEqualTo(201);
    }

    @Test
    void shouldAnswerWhatJettyRefusesBeforeAnyRouteInTheErrorFormatToo() throws Exception {
        HttpResponse<String> headersTooLarge = send("GET", "/api/v1/ids", null, null, "X-Padding", "x".repeat(20_000));
        HttpResponse<String> uriTooLong = send("GET", "/api/v1/ids?q=" + "x".repeat(20_000), null, null);

        assertError(headersTooLarge, 431, "request_header_fields_too_large");
        assertError(uriTooLong, 414, "uri_too_long");
        assertThat(headersTooLarge.body()).doesNotContain("<html");
    }

        @Test
    void shouldAnswer500WithoutLeakingTheFailure() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/boom", null, null);

        assertError(response, 500, "internal");
        assertThat(response.body()).doesNotContain("secret").doesNotContain("IllegalStateException")
                .contains(response.headers().firstValue("X-Request-Id").orElseThrow());
    }

    @Test
    void shouldShowTheBusMetersInPrometheusText() throws Exception {
        send("POST", "/api/v1/notes", "{\"title\":\"m\",\"email\":\"m@example.ng\"}", token("user-8", Role.ADMIN));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            HttpResponse<String> metrics = send("GET", "/metrics", null, null);
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
            assertThat(metrics.body()).contains("korrect_bus_published_events_total{type=\"user.deleted\"}")
                    .contains("korrect_bus_delivered_deliveries_total{group=\"users\",type=\"user.deleted\"}")
                    .contains("korrect_bus_outbox_backlog_rows{table=\"korrect_outbox\"} 0.0");
        });
    }

    @Test
    void shouldNotBeReadyWhileRedisIsDown() throws Exception {
        REDIS.server().stop();
        try {
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
                HttpResponse<String> ready = send("GET", "/health/ready", null, null);
                assertThat(ready.statusCode()).isEqualTo(503);
                JsonNode error = json(ready).get("error");
                assertThat(error.get("code").asText()).isEqualTo("not_ready");
                assertThat(error.at("/details/checks/redis").asText()).isEqualTo("down");
                assertThat(error.at("/details/checks/database").asText()).isEqualTo("up");
            });
            assertThat(send("GET", "/health", null, null).statusCode()).isEqualTo(200);
        } finally {
            REDIS.server().restart();
        }
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(send("GET", "/health/ready", null, null).statusCode()).isEqualTo(200));
    }

    private static String token(String userId, Role role) {
        return "Bearer " + service.context().tokens().issue(userId, role);
    }

    private static void assertError(HttpResponse<String> response, int status, String code) throws IOException {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode error = json(response).get("error");
        assertThat(error.get("code").asText()).isEqualTo(code);
        assertThat(error.get("message").asText()).isNotBlank();
        assertThat(error.has("details")).isTrue();
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    static HttpResponse<String> send(String method, String path, String body, String authorization, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
