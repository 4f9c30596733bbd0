package ng.korrect.service.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Calls a service's HTTP API as one caller: with a bearer token or none, with extra headers. Immutable;
 * {@link #as(String)} and {@link #withHeader} return new clients.
 *
 * <pre>{@code
 * ApiResponse created = api.as(token).post("/api/v1/bookings", Map.of("artisanId", "a-1"));
 * }</pre>
 */
public final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;
    private final Optional<String> token;
    private final Map<String, String> headers;

    private ApiClient(String baseUrl, Optional<String> token, Map<String, String> headers) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.headers = Map.copyOf(headers);
    }

    /** A client without a token for the service at that base URL, e.g. {@code http://127.0.0.1:3001}. */
    public static ApiClient at(String baseUrl) {
        return new ApiClient(baseUrl, Optional.empty(), Map.of());
    }

    /** The same client sending that bearer token. */
    public ApiClient as(String bearerToken) {
        return new ApiClient(baseUrl, Optional.of(bearerToken), headers);
    }

    /** The same client without a token. */
    public ApiClient anonymous() {
        return new ApiClient(baseUrl, Optional.empty(), headers);
    }

    /** The same client sending that header too. */
    public ApiClient withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiClient(baseUrl, token, more);
    }

    /** GET the path. */
    public ApiResponse get(String path) {
        return send("GET", path, null);
    }

    /** POST that body (a string is sent as is, anything else as JSON). */
    public ApiResponse post(String path, Object body) {
        return send("POST", path, body);
    }

    /** PUT that body. */
    public ApiResponse put(String path, Object body) {
        return send("PUT", path, body);
    }

    /** PATCH that body. */
    public ApiResponse patch(String path, Object body) {
        return send("PATCH", path, body);
    }

    /** DELETE the path. */
    public ApiResponse delete(String path) {
        return send("DELETE", path, null);
    }

    /** Sends the request and reads the whole answer. */
    public ApiResponse send(String method, String path, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofSeconds(30))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body instanceof String text ? text
                            : JSON.writeValueAsString(body)));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            token.ifPresent(value -> request.header("Authorization", "Bearer " + value));
            headers.forEach(request::header);
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new ApiResponse(response.statusCode(), parse(response.body()), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static JsonNode parse(String text) {
        try {
            return text == null || text.isBlank() ? MissingNode.getInstance() : JSON.readTree(text);
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }
}
