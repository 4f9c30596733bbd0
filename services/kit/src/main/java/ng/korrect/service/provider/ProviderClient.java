package ng.korrect.service.provider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;

/**
 * Hands messages to a provider over HTTP: one JSON POST per message, with {@code Authorization: Bearer <key>}
 * when the endpoint has a key. Any 2xx answer means accepted; another status, a timeout or a refused
 * connection is a {@link ProviderFailedException} whose text names the provider but never the message.
 * Thread-safe.
 */
public final class ProviderClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_ERROR_TEXT = 200;

    private final String name;
    private final ProviderEndpoint endpoint;
    private final HttpClient http;
    private final Duration timeout;

    /** A client of the provider at that endpoint, named in errors (e.g. {@code email}), each call bounded by the timeout. */
    public ProviderClient(String name, ProviderEndpoint endpoint, Duration timeout) {
        this.name = Objects.requireNonNull(name, "name");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /**
     * Posts the message; returns when the provider accepted it.
     *
     * @throws ProviderFailedException when the provider refused it or could not be reached
     */
    public void post(ObjectNode message) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.url()).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(message)));
        endpoint.apiKey().ifPresent(key -> request.header("Authorization", "Bearer " + key));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ProviderFailedException(name + " provider unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderFailedException(name + " delivery interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            String text = response.body() == null ? "" : response.body();
            throw new ProviderFailedException(name + " provider answered " + response.statusCode(),
                    text.substring(0, Math.min(text.length(), MAX_ERROR_TEXT)));
        }
    }

    /** A new JSON object to fill and {@link #post}. */
    public static ObjectNode message() {
        return JSON.createObjectNode();
    }

    private String json(ObjectNode message) {
        try {
            return JSON.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new ProviderFailedException("cannot write the " + name + " message as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
