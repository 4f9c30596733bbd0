package ng.korrect.app.chaos;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import ng.korrect.catalog.ServiceName;
import ng.korrect.transaction.payment.WebhookSignature;

/**
 * The requests of one actor, each journalled under the actor's name: JSON to a service as a signed-in user,
 * and the payment provider's signed webhook. Not thread-safe: one per actor.
 */
final class ActorRequests {

    private final String actor;
    private final ChaosHttp http;
    private final WebhookSignature signature;

    ActorRequests(String actor, ChaosHttp http, String webhookSecret) {
        this.actor = actor;
        this.http = http;
        this.signature = new WebhookSignature(webhookSecret);
    }

    /** Sends a request; {@code token} null sends none. */
    Answer send(String action, ServiceName service, String method, String path, Object body, String token) {
        try {
            return http.send(actor, action, service, method, path, body, token, Map.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Delivers a payment provider notification for that reference, signed as the provider signs it. */
    Answer webhook(String reference, long kobo, boolean success) {
        String body = "{\"event\":\"charge." + (success ? "success" : "failed") + "\",\"data\":{\"id\":" + Math.abs(reference.hashCode())
                + ",\"reference\":\"" + reference + "\",\"amount\":" + kobo + ",\"currency\":\"NGN\",\"status\":\""
                + (success ? "success" : "failed") + "\"" + (success ? "" : ",\"gateway_response\":\"Insufficient Funds\"") + "}}";
        try {
            return http.send(actor, "webhook " + (success ? "charge.success " : "charge.failed ") + reference, ServiceName.TRANSACTION,
                    "POST", "/api/v1/payments/webhook", body, null,
                    Map.of(WebhookSignature.HEADER, signature.sign(body.getBytes(StandardCharsets.UTF_8))));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Returns the answer when it has one of those statuses, else abandons the scenario. */
    static Answer expect(String step, Answer answer, int... statuses) {
        for (int status : statuses) {
            if (answer.status() == status) {
                return answer;
            }
        }
        throw new ScenarioAbandoned(step, answer);
    }
}
