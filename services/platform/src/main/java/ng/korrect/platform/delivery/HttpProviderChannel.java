package ng.korrect.platform.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import ng.korrect.catalog.payload.NotificationType;

/**
 * A channel whose provider takes messages over HTTP: one JSON POST per message,
 * {@code {"deliveryId","channel","to","title","body","data"}} ({@code data} only when there is some),
 * with {@code Authorization: Bearer <key>} when a key is configured. Any 2xx answer means delivered;
 * another status, a timeout or a refused connection is a {@link DeliveryFailedException}. Thread-safe.
 */
public final class HttpProviderChannel implements NotificationChannel {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_ERROR_TEXT = 200;

    private final NotificationType type;
    private final ProviderEndpoint endpoint;
    private final HttpClient http;
    private final Duration timeout;

    /** A channel of that type to that provider, each call bounded by the timeout. */
    public HttpProviderChannel(NotificationType type, ProviderEndpoint endpoint, Duration timeout) {
        this.type = Objects.requireNonNull(type, "type");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public NotificationType type() {
        return type;
    }

    @Override
    public void send(OutgoingMessage message) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.url()).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(message)));
        endpoint.apiKey().ifPresent(key -> request.header("Authorization", "Bearer " + key));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new DeliveryFailedException(type.wireName() + " provider unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailedException(type.wireName() + " delivery interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            String text = response.body() == null ? "" : response.body();
            throw new DeliveryFailedException(type.wireName() + " provider answered " + response.statusCode() + ": "
                    + text.substring(0, Math.min(text.length(), MAX_ERROR_TEXT)));
        }
    }

    private static String json(OutgoingMessage message) {
        ObjectNode body = JSON.createObjectNode()
                .put("deliveryId", message.deliveryId())
                .put("channel", message.channel().wireName())
                .put("to", message.address())
                .put("title", message.title())
                .put("body", message.body());
        try {
            if (message.data().isPresent()) {
                body.set("data", JSON.readTree(message.data().get()));
            }
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new DeliveryFailedException("cannot write the message as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
