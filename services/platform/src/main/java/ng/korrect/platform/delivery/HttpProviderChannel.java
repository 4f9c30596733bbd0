package ng.korrect.platform.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Objects;
import ng.korrect.catalog.payload.NotificationType;
import ng.korrect.platform.text.ChannelText;
import ng.korrect.service.provider.ProviderClient;
import ng.korrect.service.provider.ProviderEndpoint;
import ng.korrect.service.provider.ProviderFailedException;

/**
 * A channel whose provider takes messages over HTTP ({@link ProviderClient}): one JSON POST per message,
 * {@code {"deliveryId","channel","to","title","body","data"}} ({@code data} only when there is some), the
 * texts in their {@link ChannelText#plain} form, and for email an {@code html} body with markup escaped.
 * Any 2xx answer means delivered; another status, a timeout or a refused connection is a
 * {@link DeliveryFailedException}. Thread-safe.
 */
public final class HttpProviderChannel implements NotificationChannel {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final NotificationType type;
    private final ProviderClient provider;

    /** A channel of that type to that provider, each call bounded by the timeout. */
    public HttpProviderChannel(NotificationType type, ProviderEndpoint endpoint, Duration timeout) {
        this.type = Objects.requireNonNull(type, "type");
        this.provider = new ProviderClient(type.wireName(), endpoint, timeout);
    }

    @Override
    public NotificationType type() {
        return type;
    }

    @Override
    public void send(OutgoingMessage message) {
        try {
            provider.post(json(message));
        } catch (ProviderFailedException e) {
            throw new DeliveryFailedException(e.getMessage(), e);
        }
    }

    private static ObjectNode json(OutgoingMessage message) {
        ObjectNode body = ProviderClient.message()
                .put("deliveryId", message.deliveryId())
                .put("channel", message.channel().wireName())
                .put("to", message.address())
                .put("title", ChannelText.plain(message.title(), false))
                .put("body", ChannelText.plain(message.body(), true));
        if (message.channel() == NotificationType.EMAIL) {
            body.put("html", ChannelText.html(message.title(), message.body()));
        }
        try {
            if (message.data().isPresent()) {
                body.set("data", JSON.readTree(message.data().get()));
            }
            return body;
        } catch (JsonProcessingException e) {
            throw new DeliveryFailedException("cannot write the message as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
