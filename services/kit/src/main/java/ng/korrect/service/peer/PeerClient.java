package ng.korrect.service.peer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import ng.korrect.bus.policy.Backoff;

/**
 * Reads JSON resources of another Korrect service ({@code GET {baseUrl}{path}}) with a service token, the one
 * failure policy of the services' calls to each other:
 * <ul>
 *   <li>200 with a body the reader accepts: the value;</li>
 *   <li>404: empty, the resource does not exist;</li>
 *   <li>another 4xx but 408 and 429: {@link PeerRefusedException} at once, a permanent failure, since the same
 *       request will never be accepted;</li>
 *   <li>no connection, a timeout, a 408, a 429, a 5xx or another status, or a body the reader refuses: tried again, up to
 *       {@code attempts} calls in all, {@link #PAUSES} apart, then {@link PeerUnavailableException}.</li>
 * </ul>
 * Each call is bounded by the timeout, so one read takes at most about {@code attempts} times the timeout plus the
 * pauses. Thread-safe.
 *
 * <pre>{@code
 * PeerClient artisan = new PeerClient("artisan", URI.create("http://localhost:3002"), Duration.ofSeconds(2), 1, token);
 * Optional<String> owner = artisan.get("/api/v1/artisans/" + PeerClient.segment(profileId), body -> body.path("userId").textValue());
 * }</pre>
 */
public final class PeerClient {

    /** The pauses between the calls of one read: 100 ms, doubling, at most one second. */
    public static final Backoff PAUSES = Backoff.doubling(Duration.ofMillis(100), Duration.ofSeconds(1));

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final URI baseUrl;
    private final Duration timeout;
    private final int attempts;
    private final Supplier<String> serviceToken;
    private final HttpClient http;

    /**
     * A client of the service of that name (as errors name it) at that base URL, each call bounded by the timeout,
     * {@code attempts} calls at most per read (1 or more), showing a fresh token from {@code serviceToken} each call.
     */
    public PeerClient(String name, URI baseUrl, Duration timeout, int attempts, Supplier<String> serviceToken) {
        this.name = Objects.requireNonNull(name, "name");
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.serviceToken = Objects.requireNonNull(serviceToken, "serviceToken");
        if (attempts < 1) {
            throw new IllegalArgumentException("a peer client makes at least one call, was " + attempts);
        }
        this.attempts = attempts;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** A path segment, percent-encoded (spaces as {@code %20}). */
    public static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * The resource at that path, read from its JSON body; empty on a 404.
     *
     * @param reader turns the body into the value, or throws {@link IllegalArgumentException} naming what it lacks
     * @throws PeerUnavailableException when no call of the read gave a usable answer
     * @throws PeerRefusedException when the service refused the request itself
     */
    public <T> Optional<T> get(String path, Function<JsonNode, T> reader) {
        PeerUnavailableException last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            if (attempt > 1) {
                pause(PAUSES.after(attempt - 1), last);
            }
            try {
                return once(path, reader);
            } catch (PeerUnavailableException e) {
                last = e;
            }
        }
        throw last;
    }

    private <T> Optional<T> once(String path, Function<JsonNode, T> reader) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout)
                .header("Authorization", "Bearer " + serviceToken.get())
                .header("Accept", "application/json")
                .GET().build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (refuses(response.statusCode())) {
            throw new PeerRefusedException(name, path, response.statusCode());
        }
        if (response.statusCode() != 200) {
            throw new PeerUnavailableException(name, "answered " + response.statusCode(), null);
        }
        return Optional.of(read(response.body(), reader));
    }

    private static boolean refuses(int status) {
        return status >= 400 && status < 500 && status != 404 && status != 408 && status != 429;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new PeerUnavailableException(name, "did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PeerUnavailableException(name, "was not waited for: interrupted", e);
        }
    }

    private <T> T read(String body, Function<JsonNode, T> reader) {
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (IOException e) {
            throw new PeerUnavailableException(name, "answered a body that is not JSON", e);
        }
        try {
            return reader.apply(json);
        } catch (IllegalArgumentException e) {
            throw new PeerUnavailableException(name, "answered " + e.getMessage(), e);
        }
    }

    private void pause(Duration pause, PeerUnavailableException last) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw last;
        }
    }
}
