package ng.korrect.transaction.payment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import ng.korrect.service.ApiException;
import ng.korrect.service.Routes;
import ng.korrect.service.ServiceContext;
import ng.korrect.service.Transaction;
import ng.korrect.transaction.booking.BookingRepository;
import ng.korrect.transaction.booking.BookingStatus;

/**
 * {@code POST /api/v1/payments/webhook}: the provider's notifications, Paystack style
 * ({@code {"event":"charge.success"|"charge.failed","data":{"reference","amount" (kobo),...}}}), signed with
 * {@link WebhookSignature}. A pending payment of that reference is settled; a notification already
 * handled (same reference and event) is answered 200 and changes nothing; a notification that agrees
 * with a payment already settled (the simulated gateway answers at once) is recorded and changes nothing.
 * A charge that succeeds for a booking cancelled meanwhile is recorded and refunded at once: a cancelled
 * booking never stays paid.
 */
public final class WebhookRoutes implements Routes {

    /** The provider events that settle a charge; others are acknowledged and ignored. */
    static final String SUCCESS = "charge.success";
    static final String FAILED = "charge.failed";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BigDecimal KOBO_PER_NAIRA = BigDecimal.valueOf(100);

    private final ServiceContext context;
    private final PaymentLedger ledger;
    private final WebhookSignature signature;
    private final PaymentRepository payments = new PaymentRepository();
    private final BookingRepository bookings = new BookingRepository();

    /** The routes, working with these parts. */
    public WebhookRoutes(ServiceContext context, PaymentLedger ledger, WebhookSignature signature) {
        this.context = context;
        this.ledger = ledger;
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
        if (!event.equals(SUCCESS) && !event.equals(FAILED)) {
            ctx.json(Map.of("outcome", "ignored", "event", event));
            return;
        }
        Notification notification = Notification.of(event, root.path("data"));
        String outcome = context.transactions().inTransaction(tx -> {
            lockBookingOf(tx, notification.reference());
            Payment payment = payments.lockByReference(tx.connection(), notification.reference())
                    .orElseThrow(() -> ApiException.notFound("no payment with reference " + notification.reference()));
            if (!payments.recordDelivery(tx.connection(), notification.reference(), notification.event(),
                    context.clock().instant())) {
                return "duplicate";
            }
            if (payment.amount().multiply(KOBO_PER_NAIRA).compareTo(notification.amountInKobo()) != 0) {
                throw ApiException.badRequest("data.amount " + notification.amountInKobo().toPlainString()
                        + " kobo does not match the payment's " + payment.amount().toPlainString() + " naira");
            }
            return settle(tx, payment, notification);
        });
        ctx.json(Map.of("outcome", outcome, "reference", notification.reference()));
    }

    /**
     * Locks the booking a booking payment is for before the payment, in the order cancellation takes them,
     * so that a cancellation and a settlement of the same booking wait for each other instead of deadlocking.
     */
    private void lockBookingOf(Transaction tx, String reference) throws Exception {
        Optional<Payment> payment = payments.findByReference(tx.connection(), reference);
        if (payment.isPresent() && payment.get().bookingId() != null && payment.get().escrowId() == null) {
            bookings.lock(tx.connection(), payment.get().bookingId());
        }
    }

    private String settle(Transaction tx, Payment payment, Notification notification) throws Exception {
        PaymentStatus announced = notification.event().equals(SUCCESS) ? PaymentStatus.RECEIVED : PaymentStatus.FAILED;
        if (payment.status() == PaymentStatus.PENDING) {
            ledger.settle(tx, payment, announced == PaymentStatus.RECEIVED
                    ? new ChargeOutcome.Approved(notification.reference())
                    : new ChargeOutcome.Declined(notification.reference(), notification.failureReason()));
            if (announced == PaymentStatus.RECEIVED && bookingCancelled(tx, payment)) {
                ledger.refundAll(tx, payment.bookingId());
                return "settled_and_refunded";
            }
            return "settled";
        }
        if (payment.status() == announced
                || payment.status() == PaymentStatus.REFUNDED && announced == PaymentStatus.RECEIVED) {
            return "already_settled";
        }
        throw ApiException.conflict("payment " + payment.id() + " is already " + payment.status().wireName()
                + ", the provider says " + notification.event());
    }

    private boolean bookingCancelled(Transaction tx, Payment payment) throws Exception {
        return payment.bookingId() != null && payment.escrowId() == null && bookings.find(tx.connection(),
                payment.bookingId()).map(booking -> booking.status() == BookingStatus.CANCELLED).orElse(false);
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

    /** The fields of a notification that matter here. */
    private record Notification(String event, String reference, BigDecimal amountInKobo, String failureReason) {

        static Notification of(String event, JsonNode data) {
            if (!data.path("reference").isTextual() || data.path("reference").textValue().isBlank()
                    || !data.path("amount").isIntegralNumber()) {
                throw ApiException.badRequest("a charge notification needs data.reference and data.amount (kobo, whole)");
            }
            String reason = data.path("gateway_response").isTextual() ? data.path("gateway_response").textValue()
                    : "the provider reported charge.failed";
            return new Notification(event, data.path("reference").textValue(), data.path("amount").decimalValue(), reason);
        }
    }
}
