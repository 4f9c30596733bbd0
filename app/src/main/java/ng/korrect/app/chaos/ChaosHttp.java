package ng.korrect.app.chaos;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import ng.korrect.catalog.ServiceName;

/**
 * JSON over HTTP to the platform under test, journalling every request. A request without an answer is
 * recorded as such, and the call then waits until the platform is back (restarted, or answering again)
 * before it returns {@link Answer#none()}, so that the caller carries on against the new ports. Thread-safe.
 */
final class ChaosHttp {

    /** How long one request may take before it counts as not answered. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration BACK_LIMIT = Duration.ofMinutes(5);
    /** How long a running platform may leave a service's {@code /health} unanswered before it counts as stuck. */
    static final Duration STUCK_LIMIT = Duration.ofSeconds(45);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final PlatformSupervisor platform;
    private final Journal journal;

    ChaosHttp(PlatformSupervisor platform, Journal journal) {
        this.platform = platform;
        this.journal = journal;
    }

    /**
     * Sends a request as that actor; {@code body} null sends none, a String is sent as it is; {@code token} null
     * sends none. A 503 {@code busy} with a {@code Retry-After} is journalled as back-pressure and the request
     * sent again after that wait, a bounded number of times ({@link BackPressure}).
     */
    Answer send(String actor, String action, ServiceName service, String method, String path, Object body, String token,
                Map<String, String> headers) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            PlatformAddress address = platform.awaitUp(BACK_LIMIT);
            int startsBefore = platform.starts();
            long sent = System.nanoTime();
            String request = method + " " + path;
            try {
                HttpResponse<String> response = client.send(request(address.url(service) + path, method, body, token,
                        headers), HttpResponse.BodyHandlers.ofString());
                JsonNode json = parse(response.body());
                Answer answer = new Answer(response.statusCode(), json);
                String errorCode = json.path("error").path("code").asText("");
                Optional<Duration> retryAfter = BackPressure.retryAfter(answer.status(), errorCode,
                        response.headers().firstValue("Retry-After"), attempt);
                journal.record(new Journal.Entry(actor, action, request, retryAfter.isPresent() ? Journal.Outcome.BACK_PRESSURE
                        : answer.acknowledged() ? Journal.Outcome.ACKNOWLEDGED : Journal.Outcome.OTHER_STATUS, answer.status(),
                        errorCode, false, startsBefore, platform.starts(), sent, System.nanoTime()));
                if (retryAfter.isEmpty()) {
                    return answer;
                }
                Thread.sleep(retryAfter.get().toMillis()); // the wait the service asked for
            } catch (IOException e) {
                journal.record(new Journal.Entry(actor, action, request, Journal.Outcome.NO_ANSWER, 0, "",
                        e instanceof HttpTimeoutException, startsBefore, platform.starts(), sent, System.nanoTime()));
                awaitBack(service);
                return Answer.none();
            }
        }
    }

    /** Sends a request without journalling it: the checks' reads, which are not part of the workload. */
    Answer read(ServiceName service, String method, String path, Object body, String token) throws InterruptedException {
        PlatformAddress address = platform.awaitUp(BACK_LIMIT);
        try {
            HttpResponse<String> response = client.send(request(address.url(service) + path, method, body, token, Map.of()),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), parse(response.body()));
        } catch (IOException e) {
            return Answer.none();
        }
    }

    /**
     * Waits until the service answers {@code /health} again, on whatever ports the platform has by then. When
     * it does not for {@link #STUCK_LIMIT} while the platform is up, the platform is stuck: the supervisor
     * records it and restarts it.
     */
    void awaitBack(ServiceName service) throws InterruptedException {
        long deadline = System.nanoTime() + BACK_LIMIT.toNanos();
        int starts = platform.starts();
        long silentSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            PlatformAddress address = platform.awaitUp(BACK_LIMIT);
            if (platform.starts() != starts) {
                starts = platform.starts();
                silentSince = System.nanoTime();
            } else if (System.nanoTime() - silentSince > STUCK_LIMIT.toNanos()) {
                platform.recoverIfStuck(starts, service.wireName() + " did not answer /health for " + STUCK_LIMIT.toSeconds()
                        + " s while its process ran");
                continue;
            }
            try {
                HttpResponse<Void> health = client.send(HttpRequest.newBuilder(URI.create(address.url(service) + "/health"))
                        .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // still down
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(service.wireName() + " did not answer /health again within " + BACK_LIMIT);
    }

    /** Whether every service answers {@code /health} within that time (no stuck platform is restarted meanwhile). */
    boolean everyServiceAnswersWithin(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            PlatformAddress address = platform.awaitUp(limit);
            boolean all = true;
            for (ServiceName service : ServiceName.values()) {
                try {
                    all &= client.send(HttpRequest.newBuilder(URI.create(address.url(service) + "/health"))
                            .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                } catch (IOException e) {
                    all = false;
                }
            }
            if (all) {
                return true;
            }
            Thread.sleep(250);
        }
        return false;
    }

    private static HttpRequest request(String url, String method, Object body, String token, Map<String, String> headers)
            throws JsonProcessingException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        if (body == null) {
            return request.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        String text = body instanceof String raw ? raw : JSON.writeValueAsString(body);
        return request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(text)).build();
    }

    private static JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }
}
