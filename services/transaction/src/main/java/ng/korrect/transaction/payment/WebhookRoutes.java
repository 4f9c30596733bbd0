package ng.korrect.transaction.payment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Map;
import ng.korrect.service.ApiException;
import ng.korrect.service.Routes;

/**
 * {@code POST /api/v1/payments/webhook}: the provider's notifications, Paystack style
 * ({@code {"event":"charge.success"|"charge.failed","data":{"reference","amount" (kobo),...}}}), signed with
 * {@link WebhookSignature}, handed to {@link ChargeNotifications} once the signature holds; other events are
 * acknowledged and ignored.
 */
public final class WebhookRoutes implements Routes {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChargeNotifications notifications;
    private final WebhookSignature signature;

    /** The route of those notifications, signed with that signature. */
    public WebhookRoutes(ChargeNotifications notifications, WebhookSignature signature) {
        this.notifications = notifications;
        this.signature = signature;
    }

    @Override
    public void install(Javalin app) {
        app.post("/api/v1/payments/webhook", this::receive);
    }

    private void receive(Context ctx) {
        byte[] raw = ctx.bodyAsBytes();
        if (!signature.matches(raw, ctx.header(WebhookSignature.HEADER))) {
            throw ApiException.unauthorized("the " + WebhookSignature.HEADER + " signature is missing or wrong");
        }
        JsonNode root = parse(raw);
        String event = root.path("event").asText("");
        if (!event.equals(ChargeNotifications.SUCCESS) && !event.equals(ChargeNotifications.FAILED)) {
            ctx.json(Map.of("outcome", "ignored", "event", event));
            return;
        }
        ChargeNotifications.Notification notification = ChargeNotifications.Notification.of(event, root.path("data"));
        String outcome = notifications.settle(notification);
        ctx.json(Map.of("outcome", outcome, "reference", notification.reference()));
    }

    private static JsonNode parse(byte[] raw) {
        try {
            JsonNode root = JSON.readTree(raw);
            if (root == null || !root.isObject()) {
                throw ApiException.badRequest("the webhook body must be a JSON object");
            }
            return root;
        } catch (IOException e) {
            throw ApiException.badRequest("the webhook body is not valid JSON");
        }
    }
}
