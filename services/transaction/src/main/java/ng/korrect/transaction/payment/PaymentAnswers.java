package ng.korrect.transaction.payment;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a charge is answered over HTTP: 201 with the payment when received, 202 when pending (the webhook
 * settles it), 402 with the error body {@code payment_failed} (the payment in its details) when declined.
 */
public final class PaymentAnswers {

    private PaymentAnswers() {
    }

    /** Answers with the payment and, when received or pending, the extra fields (e.g. the escrow after it). */
    public static void answer(Context ctx, Payment payment, Map<String, Object> extra) {
        Map<String, Object> json = new LinkedHashMap<>(payment.toJson());
        json.putAll(extra);
        switch (payment.status()) {
            case RECEIVED, REFUNDED -> ctx.status(201).json(json);
            case PENDING -> ctx.status(202).json(json);
            case FAILED -> ctx.status(402).json(Map.of("error", Map.of("code", "payment_failed",
                    "message", "the payment failed: " + payment.failureReason(), "details", json)));
        }
    }
}
