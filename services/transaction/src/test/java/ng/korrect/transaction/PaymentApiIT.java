package ng.korrect.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.PaymentFailed;
import ng.korrect.catalog.payload.PaymentReceived;
import ng.korrect.catalog.payload.Role;
import ng.korrect.service.testing.ApiResponse;
import ng.korrect.service.testing.ServiceFixture;
import ng.korrect.transaction.payment.SimulatedGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PaymentApiIT {

    @RegisterExtension
    static final ServiceFixture<TransactionService> TRANSACTION = ServiceFixture.of(ServiceName.TRANSACTION,
            config -> new TransactionService(config, ArtisanStub.settings(Map.of()), Clock.systemUTC()));

    private final Parties parties = new Parties(TRANSACTION);

    @Test
    void shouldChargeABookingThroughTheGatewayAndPublishPaymentReceived() {
        String bookingId = parties.book();

        ApiResponse paid = parties.customer().withHeader("X-Correlation-Id", "corr-pay-1")
                .post("/api/v1/payments", Map.of("bookingId", bookingId, "amount", "15000.00"));

        assertThat(paid.status()).isEqualTo(201);
        assertThat(paid.body().path("status").asText()).isEqualTo("received");
        String paymentId = paid.body().path("paymentId").asText();
        String reference = paid.body().path("reference").asText();
        assertThat(reference).startsWith("sim_");
        Event<PaymentReceived> event = TRANSACTION.awaitEvent(PaymentReceived.class, p -> p.bookingId().equals(bookingId));
        assertThat(event.payload().paymentId()).isEqualTo(paymentId);
        assertThat(event.payload().customerId()).isEqualTo(parties.customerId);
        assertThat(event.payload().amount()).isEqualByComparingTo("15000.00");
        assertThat(event.payload().reference()).isEqualTo(reference);
        assertThat(event.source()).isEqualTo("transaction");
        assertThat(event.correlationId()).contains("corr-pay-1");
    }

    @Test
    void shouldRecordADeclineAndPublishPaymentFailedWithTheReason() {
        String bookingId = parties.book();

        ApiResponse declined = parties.customer().withHeader("X-Correlation-Id", "corr-pay-2")
                .post("/api/v1/payments", Map.of("bookingId", bookingId, "amount", 15000, "simulate", "decline"));

        assertThat(declined.status()).isEqualTo(402);
        assertThat(declined.errorCode()).isEqualTo("payment_failed");
        assertThat(declined.body().path("error").path("details").path("status").asText()).isEqualTo("failed");
        Event<PaymentFailed> event = TRANSACTION.awaitEvent(PaymentFailed.class, p -> p.bookingId().equals(bookingId));
        assertThat(event.payload().customerId()).isEqualTo(parties.customerId);
        assertThat(event.payload().amount()).isEqualByComparingTo("15000");
        assertThat(event.payload().reason()).isEqualTo(SimulatedGateway.DECLINE_REASON);
        assertThat(event.source()).isEqualTo("transaction");
        assertThat(event.correlationId()).contains("corr-pay-2");
        assertThat(TRANSACTION.count("SELECT COUNT(*) FROM payments WHERE booking_id = ? AND status = 'failed'", bookingId))
                .isEqualTo(1);
    }

    @Test
    void shouldLetTheCustomerPayAgainAfterADecline() {
        String bookingId = parties.book();
        parties.customer().post("/api/v1/payments", Map.of("bookingId", bookingId, "amount", 15000, "simulate", "decline"));

        ApiResponse retried = parties.customer().post("/api/v1/payments", Map.of("bookingId", bookingId, "amount", 15000));

        assertThat(retried.status()).isEqualTo(201);
    }

    @Test
    void shouldLeaveAChargeThatTheProviderHasNotAnsweredPending() {
        String bookingId = parties.book();

        ApiResponse pending = parties.customer().post("/api/v1/payments",
                Map.of("bookingId", bookingId, "amount", 15000, "simulate", "pending"));

        assertThat(pending.status()).isEqualTo(202);
        assertThat(pending.body().path("status").asText()).isEqualTo("pending");
        assertThat(pending.body().path("reference").asText()).startsWith("sim_");
    }

    @Test
    void shouldRefusePayingABookingTwice() {
        String bookingId = parties.book();
        parties.customer().post("/api/v1/payments", Map.of("bookingId", bookingId, "amount", 15000));

        ApiResponse again = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.customer()
                .post("/api/v1/payments", Map.of("bookingId", bookingId, "amount", 15000)));

        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void shouldRefusePayingACancelledBooking() {
        String bookingId = parties.book();
        parties.customer().post("/api/v1/bookings/" + bookingId + "/cancel", Map.of());

        ApiResponse refused = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.customer()
                .post("/api/v1/payments", Map.of("bookingId", bookingId, "amount", 15000)));

        assertThat(refused.status()).isEqualTo(409);
    }

    @Test
    void shouldRefuseAPaymentOfAnotherAmountThanTheQuotedPriceNamingTheExpectedAmount() {
        String bookingId = parties.book();

        ApiResponse cent = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.customer()
                .post("/api/v1/payments", Map.of("bookingId", bookingId, "amount", "0.01")));
        ApiResponse more = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.customer()
                .post("/api/v1/payments", Map.of("bookingId", bookingId, "amount", "15000.01")));

        assertThat(cent.status()).isEqualTo(409);
        assertThat(cent.errorCode()).isEqualTo("amount_mismatch");
        assertThat(cent.body().path("error").path("details").path("expectedAmount").asText()).isEqualTo("15000.00");
        assertThat(more.status()).isEqualTo(409);
    }

    @Test
    void shouldRefundThePaymentOfAPaidBookingWhenEitherPartyCancelsIt() {
        String byCustomer = parties.paidBooking();
        String byArtisan = parties.paidBooking();

        ApiResponse customerCancels = parties.customer().post("/api/v1/bookings/" + byCustomer + "/cancel", Map.of());
        ApiResponse artisanCancels = parties.artisan().post("/api/v1/bookings/" + byArtisan + "/cancel", Map.of());

        assertThat(customerCancels.status()).isEqualTo(200);
        assertThat(customerCancels.body().path("refunded").decimalValue()).isEqualByComparingTo("15000");
        assertThat(artisanCancels.body().path("refunded").decimalValue()).isEqualByComparingTo("15000");
        for (String bookingId : java.util.List.of(byCustomer, byArtisan)) {
            assertThat(TRANSACTION.rows("SELECT status, refund_reference FROM payments WHERE booking_id = ?", bookingId))
                    .singleElement().satisfies(payment -> {
                        assertThat(payment.get("status")).isEqualTo("refunded");
                        assertThat((String) payment.get("refund_reference")).startsWith("sim_refund_");
                    });
        }
    }

    @Test
    void shouldRefundOnceWhenBothPartiesCancelAPaidBookingAtTheSameTime() throws Exception {
        String bookingId = parties.paidBooking();

        java.util.concurrent.CompletableFuture<ApiResponse> customer = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> parties.customer().post("/api/v1/bookings/" + bookingId + "/cancel", Map.of()));
        java.util.concurrent.CompletableFuture<ApiResponse> artisan = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> parties.artisan().post("/api/v1/bookings/" + bookingId + "/cancel", Map.of()));

        assertThat(java.util.List.of(customer.get().status(), artisan.get().status())).containsExactlyInAnyOrder(200, 409);
        assertThat(TRANSACTION.count("SELECT COUNT(*) FROM payments WHERE booking_id = ? AND status = 'refunded' "
                + "AND refund_reference IS NOT NULL", bookingId)).isEqualTo(1);
    }

    @Test
    void shouldRefusePayingAConfirmedBooking() {
        String bookingId = parties.confirmedBooking();

        ApiResponse refused = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.customer()
                .post("/api/v1/payments", Map.of("bookingId", bookingId, "amount", 15000)));

        assertThat(refused.status()).isEqualTo(409);
    }

    @Test
    void shouldForbidPayingForSomeoneElsesBooking() {
        String bookingId = parties.book();

        ApiResponse otherCustomer = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.stranger(Role.CUSTOMER)
                .post("/api/v1/payments", Map.of("bookingId", bookingId, "amount", 15000)));
        ApiResponse artisan = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.artisan()
                .post("/api/v1/payments", Map.of("bookingId", bookingId, "amount", 15000)));
        ApiResponse anonymous = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> TRANSACTION.api()
                .post("/api/v1/payments", Map.of("bookingId", bookingId, "amount", 15000)));

        assertThat(otherCustomer.status()).isEqualTo(403);
        assertThat(artisan.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
    }

    @Test
    void shouldAnswerNotFoundForPayingABookingThatDoesNotExist() {
        ApiResponse refused = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.customer()
                .post("/api/v1/payments", Map.of("bookingId", "no-such-booking", "amount", 15000)));

        assertThat(refused.status()).isEqualTo(404);
    }

    @Test
    void shouldRefuseABadPaymentRequestNamingEachField() {
        ApiResponse refused = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.customer()
                .post("/api/v1/payments", Map.of("amount", "12.345", "simulate", "explode")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.badFields()).containsExactlyInAnyOrder("bookingId", "amount", "simulate");
    }

    @Test
    void shouldShowAPaymentToItsPayerAndAnAdminOnly() {
        String bookingId = parties.book();
        String paymentId = parties.customer().post("/api/v1/payments", Map.of("bookingId", bookingId, "amount", 15000))
                .body().path("paymentId").asText();

        ApiResponse asPayer = parties.customer().get("/api/v1/payments/" + paymentId);

        assertThat(asPayer.status()).isEqualTo(200);
        assertThat(asPayer.body().path("amount").decimalValue()).isEqualByComparingTo("15000");
        assertThat(parties.admin().get("/api/v1/payments/" + paymentId).status()).isEqualTo(200);
        assertThat(parties.artisan().get("/api/v1/payments/" + paymentId).status()).isEqualTo(403);
        assertThat(parties.customer().get("/api/v1/payments/no-such-payment").status()).isEqualTo(404);
        assertThat(TRANSACTION.api().get("/api/v1/payments/" + paymentId).status()).isEqualTo(401);
    }
}
