package ng.korrect.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import ng.korrect.catalog.ServiceName;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LifecycleIT {

    @TempDir
    Path dataDir;

    @Test
    void shouldStartAnEmbeddedRedisWhenRedisUrlIsUnsetAndBeReadyUntilClosed() throws Exception {
        SampleService service = new SampleService(config(Map.of()));
        try {
            service.start();

            assertThat(get(service, "/health/ready").statusCode()).isEqualTo(200);
            assertThat(dataDir.resolve("redis")).isDirectory();
            assertThat(dataDir.resolve("users.mv.db")).exists();
        } finally {
            service.close();
        }
        assertThat(service.readiness().ready()).isFalse();
        assertThat(service.readiness().parts()).containsEntry(Readiness.STARTED, false).containsEntry("redis", false);
    }

    @Test
    void shouldFinishARequestInFlightWhenStopped() throws Exception {
        SampleService service = new SampleService(config(Map.of()));
        service.start();
        CompletableFuture<HttpResponse<String>> slow = HttpClient.newHttpClient().sendAsync(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + "/api/v1/slow")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(service.slowRequestEntered.await(10, TimeUnit.SECONDS)).isTrue();

        service.close();

        HttpResponse<String> response = slow.get(10, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("finished");
    }

    @Test
    void shouldCloseWhatStartedWhenTheStartFails() {
        KorrectService broken = new SampleService(config(Map.of())) {
            @Override
            protected List<Routes> routes(ServiceContext context) {
                throw new IllegalStateException("a route could not be built");
            }
        };

        assertThatThrownBy(broken::start).hasMessage("a route could not be built");
        assertThat(broken.readiness().parts()).containsEntry("migrations", false).containsEntry("redis", false);

        SampleService again = new SampleService(config(Map.of()));
        try {
            again.start();
            assertThat(again.readiness().ready()).isTrue();
        } finally {
            again.close();
        }
    }

    @Test
    void shouldReportATakenPortAsTheReasonTheStartFailed() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0)) {
            SampleService service = new SampleService(config(Map.of()).withPort(taken.getLocalPort()));

            assertThatThrownBy(service::start).isInstanceOf(RuntimeException.class)
                    .rootCause().isInstanceOf(java.net.BindException.class);
            assertThat(service.readiness().parts()).containsEntry("migrations", false).containsEntry("redis", false);
        }
    }

    @Test
    void shouldRunOnPostgresInTheSchemaItIsGiven() throws Exception {
        Assumptions.assumeTrue(TestDatabases.postgresAnswers(), "no PostgreSQL at " + TestDatabases.POSTGRES_URL);
        String schema = TestDatabases.throwawaySchema();
        SampleService service = new SampleService(config(Map.of("DATABASE_URL", TestDatabases.POSTGRES_URL))) {
            @Override
            protected String schema() {
                return schema;
            }
        };
        try {
            service.start();

            assertThat(get(service, "/health/ready").statusCode()).isEqualTo(200);
            assertThat(service.context().database().schema()).isEqualTo(schema);
        } finally {
            service.close();
            TestDatabases.dropSchema(TestDatabases.POSTGRES_URL, schema);
        }
    }

    @Test
    void shouldNameTheDatabaseWhenItCannotBeOpened() {
        SampleService service = new SampleService(config(Map.of(
                "DATABASE_URL", "jdbc:postgresql://127.0.0.1:1/none?user=nobody&password=hunter2&connectTimeout=1")));

        assertThatThrownBy(service::start).isInstanceOf(KitException.class)
                .hasMessageContaining("cannot open the database of users").hasMessageNotContaining("hunter2");
    }

    private ServiceConfig config(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(Map.of("PORT", "0", "KORRECT_DATA_DIR", dataDir.toString()));
        env.putAll(extra);
        return ServiceConfig.fromMap(ServiceName.USERS, env);
    }

    private static HttpResponse<String> get(KorrectService service, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
