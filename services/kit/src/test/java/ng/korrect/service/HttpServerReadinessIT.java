package ng.korrect.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HttpServerReadinessIT {

    @Test
    void shouldAnswer503NamingTheMissingPartsBeforeTheStartCompletes() throws Exception {
        Readiness readiness = new Readiness().check("migrations", () -> false).check("redis", () -> true);
        try (HttpServer http = HttpServer.create("users", new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                readiness, Duration.ofSeconds(1)).start(0)) {

            HttpResponse<String> notReady = get(http, "/health/ready");
            readiness.started(true);
            readiness.check("migrations-done", () -> true);

            assertThat(notReady.statusCode()).isEqualTo(503);
            JsonNode error = new ObjectMapper().readTree(notReady.body()).get("error");
            assertThat(error.get("message").asText()).isEqualTo("not ready: started, migrations");
            assertThat(error.at("/details/checks").toString())
                    .isEqualTo("{\"started\":\"down\",\"migrations\":\"down\",\"redis\":\"up\"}");
            assertThat(get(http, "/health").statusCode()).isEqualTo(200);
        }
    }

    private static HttpResponse<String> get(HttpServer http, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
