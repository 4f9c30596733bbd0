package ng.korrect.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.PaymentFailed;
import ng.korrect.catalog.payload.PaymentReceived;
import ng.korrect.service.testing.ApiResponse;
import ng.korrect.service.testing.ServiceFixture;
import ng.korrect.transaction.payment.WebhookSignature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WebhookIT {

    private static final String SECRET = "sk_test_webhook_secret_for_korrect";
    private static final WebhookSignature SIGNATURE = new WebhookSignature(SECRET);

    @RegisterExtension
    static final ServiceFixture<TransactionService> TRANSACTION = ServiceFixture.of(ServiceName.TRANSACTION,
            config -> new TransactionService(config, ArtisanStub.settings(Map.of("PAYMENT_WEBHOOK_SECRET", SECRET)),
                    Clock.systemUTC()));

    private final Parties parties = new Parties(TRANSACTION);

    @Test
    void shouldSettleAPendingPaymentOnASignedChargeSuccess() {
        String bookingId = parties.book();
        ApiResponse pending = pay(bookingId, "pending");
        String reference = pending.body().path("reference").asText();

        ApiResponse answer = deliver(notification("charge.success", reference, 1_500_000));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("outcome").asText()).isEqualTo("settled");
        Event<PaymentReceived> event = TRANSACTION.awaitEvent(PaymentReceived.class, p -> p.reference().equals(reference));
        assertThat(event.payload()).isEqualTo(new PaymentReceived(pending.body().path("paymentId").asText(), bookingId,
                parties.customerId, new java.math.BigDecimal("15000.00"), reference));
        assertThat(event.source()).isEqualTo("transaction");
        assertThat(parties.customer().get("/api/v1/payments/" + pending.body().path("paymentId").asText())
                .body().path("status").asText()).isEqualTo("received");
    }

    @Test
    void shouldRefundAtOnceAChargeThatSucceedsAfterItsBookingWasCancelled() {
        String bookingId = parties.book();
        ApiResponse pending = pay(bookingId, "pending");
        String reference = pending.body().path("reference").asText();
        ApiResponse cancelled = parties.customer().post("/api/v1/bookings/" + bookingId + "/cancel", Map.of());
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);

        ApiResponse answer = deliver(notification("charge.success", reference, 1_500_000));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("outcome").asText()).isEqualTo("settled_and_refunded");
        assertThat(parties.customer().get("/api/v1/payments/" + pending.body().path("paymentId").asText())
                .body().path("status").asText()).isEqualTo("refunded");
        assertThat(TRANSACTION.count("SELECT COUNT(*) FROM bookings WHERE id = ? AND status = 'cancelled'", bookingId))
                .isEqualTo(1);
        ApiResponse replay = deliver(notification("charge.success", reference, 1_500_000));
        assertThat(replay.body().path("outcome").asText()).isEqualTo("duplicate");
    }

    @Test
    void shouldRecordAndPublishOnceWhenTheSameNotificationIsDeliveredTwice() {
        String reference = pay(parties.book(), "pending").body().path("reference").asText();
        String body = notification("charge.success", reference, 1_500_000);
        deliver(body);
        TRANSACTION.awaitEvent(PaymentReceived.class, p -> p.reference().equals(reference));

        ApiResponse replay = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> deliver(body));

        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.body().path("outcome").asText()).isEqualTo("duplicate");
        assertThat(TRANSACTION.events(PaymentReceived.class).stream().filter(e -> e.payload().reference().equals(reference)))
                .hasSize(1);
    }

    @Test
    void shouldFailAPendingPaymentOnChargeFailedWithTheProvidersReason() {
        String bookingId = parties.book();
        String reference = pay(bookingId, "pending").body().path("reference").asText();

        ApiResponse answer = deliver("{\"event\":\"charge.failed\",\"data\":{\"reference\":\"" + reference
                + "\",\"amount\":1500000,\"status\":\"failed\",\"gateway_response\":\"Insufficient Funds\"}}");

        assertThat(answer.status()).isEqualTo(200);
        Event<PaymentFailed> event = TRANSACTION.awaitEvent(PaymentFailed.class, p -> p.bookingId().equals(bookingId));
        assertThat(event.payload()).isEqualTo(new PaymentFailed(bookingId, parties.customerId,
                new java.math.BigDecimal("15000.00"), "Insufficient Funds"));
    }

    @Test
    void shouldRejectAMissingOrWrongSignatureAndWriteNothing() {
        String reference = pay(parties.book(), "pending").body().path("reference").asText();
        String body = notification("charge.success", reference, 1_500_000);

        ApiResponse unsigned = TRANSACTION.assertNothingWrittenOrPublishedBy(() ->
                TRANSACTION.api().post("/api/v1/payments/webhook", body));
        ApiResponse wrongKey = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> TRANSACTION.api()
                .withHeader(WebhookSignature.HEADER, new WebhookSignature("another-secret").sign(bytes(body)))
                .post("/api/v1/payments/webhook", body));
        ApiResponse otherBody = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> TRANSACTION.api()
                .withHeader(WebhookSignature.HEADER, SIGNATURE.sign(bytes(body)))
                .post("/api/v1/payments/webhook", body.replace("1500000", "1")));

        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(wrongKey.status()).isEqualTo(401);
        assertThat(otherBody.status()).isEqualTo(401);
        assertThat(TRANSACTION.count("SELECT COUNT(*) FROM payments WHERE reference = ? AND status = 'pending'", reference))
                .isEqualTo(1);
    }

    @Test
    void shouldVerifyTheSignatureOnTheRawBodyAsSent() {
        String reference = pay(parties.book(), "pending").body().path("reference").asText();
        String spaced = "{ \"event\" : \"charge.success\",\n  \"data\": {\"reference\": \"" + reference
                + "\", \"amount\": 1500000, \"status\": \"success\"} }";

        assertThat(deliver(spaced).status()).isEqualTo(200);
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownReferenceAndWriteNothing() {
        ApiResponse answer = TRANSACTION.assertNothingWrittenOrPublishedBy(() ->
                deliver(notification("charge.success", "ref_nobody_knows", 100)));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body().path("error").path("message").asText()).contains("ref_nobody_knows");
    }

    @Test
    void shouldAcknowledgeANotificationThatAgreesWithAPaymentAlreadySettled() {
        ApiResponse paid = pay(parties.book(), "approve");
        String reference = paid.body().path("reference").asText();

        ApiResponse answer = deliver(notification("charge.success", reference, 1_500_000));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("outcome").asText()).isEqualTo("already_settled");
        TRANSACTION.awaitOutboxDrained();
        assertThat(TRANSACTION.events(PaymentReceived.class).stream().filter(e -> e.payload().reference().equals(reference)))
                .hasSize(1);
    }

    @Test
    void shouldRefuseANotificationThatContradictsASettledPayment() {
        String reference = pay(parties.book(), "approve").body().path("reference").asText();

        ApiResponse answer = TRANSACTION.assertNothingWrittenOrPublishedBy(() ->
                deliver(notification("charge.failed", reference, 1_500_000)));

        assertThat(answer.status()).isEqualTo(409);
    }

    @Test
    void shouldRefuseANotificationWhoseAmountDiffersFromThePayment() {
        String reference = pay(parties.book(), "pending").body().path("reference").asText();

        ApiResponse answer = TRANSACTION.assertNothingWrittenOrPublishedBy(() ->
                deliver(notification("charge.success", reference, 100)));

        assertThat(answer.status()).isEqualTo(400);
    }

    @Test
    void shouldRefuseASignedChargeNotificationWithoutReferenceOrAmount() {
        ApiResponse noReference = TRANSACTION.assertNothingWrittenOrPublishedBy(() ->
                deliver("{\"event\":\"charge.success\",\"data\":{\"amount\":100}}"));
        ApiResponse notJson = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> deliver("charge.success"));

        assertThat(noReference.status()).isEqualTo(400);
        assertThat(notJson.status()).isEqualTo(400);
    }

    @Test
    void shouldIgnoreProviderEventsThatDoNotSettleACharge() {
        ApiResponse answer = TRANSACTION.assertNothingWrittenOrPublishedBy(() ->
                deliver("{\"event\":\"transfer.success\",\"data\":{\"transfer_code\":\"TRF_1\"}}"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("outcome").asText()).isEqualTo("ignored");
    }

    private ApiResponse pay(String bookingId, String simulate) {
        ApiResponse paid = parties.customer().post("/api/v1/payments",
                Map.of("bookingId", bookingId, "amount", "15000.00", "simulate", simulate));
        assertThat(paid.status()).isIn(201, 202);
        return paid;
    }

    @Test
    void shouldRefuseAnOversizedChunkedNotificationBeforeLookingAtItsSignature() throws Exception {
        byte[] padded = (notification("charge.success", "ref_big", 100).replaceFirst("}}$", "")
                + " ".repeat(2_000_000) + "}}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        "http://127.0.0.1:" + TRANSACTION.service().port() + "/api/v1/payments/webhook"))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(padded)))
                .build(); // a body of unknown length goes in chunks, without a Content-Length to check

        java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(413);
        assertThat(answer.body()).contains("\"code\":\"payload_too_large\"");
    }

        private static String notification(String event, String reference, long kobo) {
        return "{\"event\":\"" + event + "\",\"data\":{\"id\":302961,\"reference\":\"" + reference + "\",\"amount\":" + kobo
                + ",\"currency\":\"NGN\",\"status\":\"" + (event.endsWith("success") ? "success" : "failed") + "\"}}";
    }

    private static ApiResponse deliver(String body) {
        return TRANSACTION.api().withHeader(WebhookSignature.HEADER, SIGNATURE.sign(bytes(body)))
                .post("/api/v1/payments/webhook", body);
    }

    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
