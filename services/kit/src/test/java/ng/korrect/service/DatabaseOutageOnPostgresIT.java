package ng.korrect.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import ng.korrect.bus.RedisFixture;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A request whose database connection breaks while it is in flight is answered 503 in the error format,
 * writes nothing, and the next request succeeds on a fresh connection without a restart.
 */
class DatabaseOutageOnPostgresIT {

    @RegisterExtension
    static final RedisFixture REDIS = RedisFixture.appendOnly();

    @TempDir
    static Path dataDir;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String SCHEMA = TestDatabases.throwawaySchema();
    private static SampleService service;

    @BeforeAll
    static void startService() {
        Assumptions.assumeTrue(TestDatabases.postgresAnswers(), "no PostgreSQL at " + TestDatabases.POSTGRES_URL);
        service = new SampleService(ServiceConfig.fromMap(ServiceName.USERS, Map.of("PORT", "0",
                "REDIS_URL", REDIS.url(), "KORRECT_DATA_DIR", dataDir.toString(), "DATABASE_URL", TestDatabases.POSTGRES_URL,
                "DATABASE_SCHEMA", SCHEMA, "JWT_SECRET", "0123456789abcdef0123456789abcdef")));
        service.start();
    }

    @AfterAll
    static void stopService() {
        if (service != null) {
            service.close();
            TestDatabases.dropSchema(TestDatabases.POSTGRES_URL, SCHEMA);
        }
    }

    @Test
    void shouldAnswer503AndWriteNothingWhenTheConnectionBreaksMidRequestThenRecoverByItself() throws Exception {
        CompletableFuture<HttpResponse<String>> answer;
        try (Connection locker = DriverManager.getConnection(TestDatabases.POSTGRES_URL)) {
            locker.setAutoCommit(false);
            locker.createStatement().execute("LOCK TABLE " + SCHEMA + ".notes IN ACCESS EXCLUSIVE MODE");
            answer = postNote("cut off");
            await().atMost(Duration.ofSeconds(10)).until(() -> terminateBackendsWaitingOnNotes() > 0);
            locker.rollback();
        }

        HttpResponse<String> response = answer.get();
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        JsonNode error = JSON.readTree(response.body()).get("error");
        assertThat(error.get("code").asText()).isEqualTo("unavailable");
        assertThat(error.at("/details/dependency").asText()).isEqualTo("database");
        assertThat(count("notes")).isZero();
        assertThat(count("korrect_outbox")).isZero();

        assertThat(postNote("after the break").get().statusCode()).isEqualTo(201);
        assertThat(count("notes")).isEqualTo(1);
    }

    private static CompletableFuture<HttpResponse<String>> postNote(String title) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + "/api/v1/notes"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + service.context().tokens().issue("user-outage", Role.ADMIN))
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"" + title + "\",\"email\":\"o@example.ng\"}"))
                .build();
        return CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Terminates the service's connections that wait for the lock on its notes; returns how many. */
    private static int terminateBackendsWaitingOnNotes() throws SQLException {
        try (Connection admin = DriverManager.getConnection(TestDatabases.POSTGRES_URL);
             Statement statement = admin.createStatement();
             ResultSet terminated = statement.executeQuery("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                     + "WHERE wait_event_type = 'Lock' AND query LIKE 'INSERT INTO notes%'")) {
            int count = 0;
            while (terminated.next()) {
                count++;
            }
            return count;
        }
    }

    private static long count(String table) throws SQLException {
        try (Connection connection = DriverManager.getConnection(TestDatabases.POSTGRES_URL);
             ResultSet rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM " + SCHEMA + "." + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
