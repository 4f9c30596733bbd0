package ng.korrect.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.EscrowFunded;
import ng.korrect.catalog.payload.EscrowRefunded;
import ng.korrect.catalog.payload.EscrowReleased;
import ng.korrect.catalog.payload.PaymentFailed;
import ng.korrect.catalog.payload.PaymentReceived;
import ng.korrect.catalog.payload.Role;
import ng.korrect.service.testing.ApiClient;
import ng.korrect.service.testing.ApiResponse;
import ng.korrect.service.testing.ServiceFixture;
import ng.korrect.transaction.payment.WebhookSignature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EscrowApiIT {

    private static final String SECRET = "escrow-test-webhook-secret";

    @RegisterExtension
    static final ServiceFixture<TransactionService> TRANSACTION = ServiceFixture.of(ServiceName.TRANSACTION,
            config -> new TransactionService(config, ArtisanStub.settings(Map.of("PAYMENT_WEBHOOK_SECRET", SECRET)),
                    Clock.systemUTC()));

    private final Parties parties = new Parties(TRANSACTION);

    @Test
    void shouldPublishEscrowFundedOnceWhenSeveralPaymentsReachTheTotal() {
        ApiResponse contract = parties.contract();
        String contractId = contract.body().path("contractId").asText();
        String escrowId = contract.body().path("escrow").path("escrowId").asText();

        ApiResponse first = fund(escrowId, "5000");
        ApiResponse second = parties.customer().withHeader("X-Correlation-Id", "corr-fund-2")
                .post("/api/v1/escrow/" + escrowId + "/fund", Map.of("amount", "10000.75"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.body().path("escrow").path("status").asText()).isEqualTo("awaiting_funding");
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body().path("escrow").path("status").asText()).isEqualTo("funded");
        Event<EscrowFunded> funded = TRANSACTION.awaitEvent(EscrowFunded.class, p -> p.escrowId().equals(escrowId));
        assertThat(funded.payload()).isEqualTo(new EscrowFunded(escrowId, contractId, parties.customerId, parties.artisanId,
                new java.math.BigDecimal("15000.75")));
        assertThat(funded.source()).isEqualTo("transaction");
        assertThat(funded.correlationId()).contains("corr-fund-2");
        assertThat(TRANSACTION.events(EscrowFunded.class).stream().filter(e -> e.payload().escrowId().equals(escrowId)))
                .hasSize(1);
        List<Event<PaymentReceived>> payments = TRANSACTION.events(PaymentReceived.class).stream()
                .filter(e -> e.payload().bookingId().equals(contractId)).toList();
        assertThat(payments).extracting(e -> e.payload().amount().toPlainString()).containsExactly("5000", "10000.75");
        assertThat(payments).allSatisfy(e -> assertThat(e.payload().customerId()).isEqualTo(parties.customerId));
    }

    @Test
    void shouldCarryTheContractsBookingInTheEventsOfItsPayments() {
        String bookingId = parties.book();
        String escrowId = parties.customer().post("/api/v1/contracts", Map.of("artisanId", parties.artisanId,
                "bookingId", bookingId, "milestones", List.of(Map.of("title", "All", "amount", 100))))
                .body().path("escrow").path("escrowId").asText();

        fund(escrowId, "100");

        Event<PaymentReceived> event = TRANSACTION.awaitEvent(PaymentReceived.class, p -> p.bookingId().equals(bookingId));
        assertThat(event.payload().amount()).isEqualByComparingTo("100");
    }

    @Test
    void shouldRefuseOverFundingAndWriteNothing() {
        String escrowId = parties.escrow();
        fund(escrowId, "15000");

        ApiResponse over = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> fund(escrowId, "0.76"));
        ApiResponse exact = fund(escrowId, "0.75");
        ApiResponse after = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> fund(escrowId, "1"));

        assertThat(over.status()).isEqualTo(409);
        assertThat(over.body().path("error").path("message").asText()).contains("0.75");
        assertThat(exact.status()).isEqualTo(201);
        assertThat(after.status()).isEqualTo(409);
    }

    @Test
    void shouldCountPendingPaymentsAgainstTheTotal() {
        String escrowId = parties.escrow();
        parties.customer().post("/api/v1/escrow/" + escrowId + "/fund", Map.of("amount", "15000", "simulate", "pending"));

        ApiResponse over = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> fund(escrowId, "1"));

        assertThat(over.status()).isEqualTo(409);
    }

    @Test
    void shouldFundAnEscrowWhenTheWebhookSettlesAPendingPayment() {
        String escrowId = parties.escrow();
        String reference = parties.customer().post("/api/v1/escrow/" + escrowId + "/fund",
                Map.of("amount", "15000.75", "simulate", "pending")).body().path("reference").asText();
        String body = "{\"event\":\"charge.success\",\"data\":{\"reference\":\"" + reference + "\",\"amount\":1500075}}";

        ApiResponse settled = TRANSACTION.api().withHeader(WebhookSignature.HEADER,
                new WebhookSignature(SECRET).sign(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .post("/api/v1/payments/webhook", body);

        assertThat(settled.status()).isEqualTo(200);
        TRANSACTION.awaitEvent(EscrowFunded.class, p -> p.escrowId().equals(escrowId));
        assertThat(parties.customer().get("/api/v1/escrow/" + escrowId).body().path("status").asText()).isEqualTo("funded");
    }

    @Test
    void shouldPublishPaymentFailedAndKeepTheEscrowUnfundedWhenTheChargeIsDeclined() {
        ApiResponse contract = parties.contract();
        String contractId = contract.body().path("contractId").asText();
        String escrowId = contract.body().path("escrow").path("escrowId").asText();

        ApiResponse declined = parties.customer().post("/api/v1/escrow/" + escrowId + "/fund",
                Map.of("amount", "15000.75", "simulate", "decline"));

        assertThat(declined.status()).isEqualTo(402);
        Event<PaymentFailed> event = TRANSACTION.awaitEvent(PaymentFailed.class, p -> p.bookingId().equals(contractId));
        assertThat(event.payload().amount()).isEqualByComparingTo("15000.75");
        assertThat(parties.customer().get("/api/v1/escrow/" + escrowId).body().path("funded").decimalValue())
                .isEqualByComparingTo("0");
    }

    @Test
    void shouldLetOnlyTheContractsCustomerFundItsEscrow() {
        String escrowId = parties.escrow();

        ApiResponse other = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.stranger(Role.CUSTOMER)
                .post("/api/v1/escrow/" + escrowId + "/fund", Map.of("amount", 10)));
        ApiResponse artisan = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.artisan()
                .post("/api/v1/escrow/" + escrowId + "/fund", Map.of("amount", 10)));
        ApiResponse anonymous = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> TRANSACTION.api()
                .post("/api/v1/escrow/" + escrowId + "/fund", Map.of("amount", 10)));
        ApiResponse unknown = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.customer()
                .post("/api/v1/escrow/no-such-escrow/fund", Map.of("amount", 10)));
        ApiResponse bad = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.customer()
                .post("/api/v1/escrow/" + escrowId + "/fund", Map.of("amount", "ten")));

        assertThat(other.status()).isEqualTo(403);
        assertThat(artisan.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.badFields()).containsExactly("amount");
    }

    @Test
    void shouldReleaseAMilestoneOnceAndPublishEscrowReleased() {
        ApiResponse contract = parties.contract();
        String contractId = contract.body().path("contractId").asText();
        String escrowId = contract.body().path("escrow").path("escrowId").asText();
        fund(escrowId, "15000.75");

        ApiResponse released = parties.customer().withHeader("X-Correlation-Id", "corr-release-1")
                .post("/api/v1/escrow/" + escrowId + "/milestones/1/release", null);
        ApiResponse again = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.customer()
                .post("/api/v1/escrow/" + escrowId + "/milestones/1/release", null));

        assertThat(released.status()).isEqualTo(200);
        assertThat(released.body().path("escrow").path("held").decimalValue()).isEqualByComparingTo("5000.25");
        assertThat(again.status()).isEqualTo(409);
        Event<EscrowReleased> event = TRANSACTION.awaitEvent(EscrowReleased.class, p -> p.escrowId().equals(escrowId));
        assertThat(event.payload()).isEqualTo(new EscrowReleased(escrowId, contractId, 1,
                new java.math.BigDecimal("10000.50"), parties.artisanId));
        assertThat(event.source()).isEqualTo("transaction");
        assertThat(event.correlationId()).contains("corr-release-1");
    }

    @Test
    void shouldCloseTheEscrowWhenAnAdminReleasesTheLastMilestone() {
        String escrowId = parties.fundedEscrow();
        parties.customer().post("/api/v1/escrow/" + escrowId + "/milestones/1/release", null);

        ApiResponse last = parties.admin().post("/api/v1/escrow/" + escrowId + "/milestones/2/release", null);

        assertThat(last.status()).isEqualTo(200);
        assertThat(last.body().path("escrow").path("status").asText()).isEqualTo("closed");
        assertThat(last.body().path("escrow").path("held").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void shouldReleaseOnlyOnceUnderConcurrentRequests() throws Exception {
        String escrowId = parties.fundedEscrow();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Callable<Integer>> requests = new ArrayList<>();
        ApiClient customer = parties.customer();
        for (int i = 0; i < 8; i++) {
            requests.add(() -> customer.post("/api/v1/escrow/" + escrowId + "/milestones/1/release", null).status());
        }

        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> status : threads.invokeAll(requests)) {
            statuses.add(status.get());
        }
        threads.shutdown();

        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        TRANSACTION.awaitOutboxDrained();
        assertThat(TRANSACTION.events(EscrowReleased.class).stream().filter(e -> e.payload().escrowId().equals(escrowId)))
                .hasSize(1);
        assertThat(parties.admin().get("/api/v1/escrow/" + escrowId).body().path("released").decimalValue())
                .isEqualByComparingTo("10000.50");
    }

    @Test
    void shouldRefuseReleasingFromAnEscrowNotFullyFunded() {
        String escrowId = parties.escrow();
        fund(escrowId, "10000.50");

        ApiResponse refused = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.customer()
                .post("/api/v1/escrow/" + escrowId + "/milestones/1/release", null));

        assertThat(refused.status()).isEqualTo(409);
    }

    @Test
    void shouldLetOnlyTheCustomerOrAnAdminReleaseAnExistingMilestone() {
        String escrowId = parties.fundedEscrow();

        ApiResponse artisan = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.artisan()
                .post("/api/v1/escrow/" + escrowId + "/milestones/1/release", null));
        ApiResponse other = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.stranger(Role.CUSTOMER)
                .post("/api/v1/escrow/" + escrowId + "/milestones/1/release", null));
        ApiResponse noMilestone = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.customer()
                .post("/api/v1/escrow/" + escrowId + "/milestones/3/release", null));
        ApiResponse badNumber = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.customer()
                .post("/api/v1/escrow/" + escrowId + "/milestones/first/release", null));
        ApiResponse noEscrow = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.admin()
                .post("/api/v1/escrow/no-such-escrow/milestones/1/release", null));

        assertThat(artisan.status()).isEqualTo(403);
        assertThat(other.status()).isEqualTo(403);
        assertThat(noMilestone.status()).isEqualTo(404);
        assertThat(badNumber.status()).isEqualTo(400);
        assertThat(noEscrow.status()).isEqualTo(404);
    }

    @Test
    void shouldRefundWhatIsLeftAndPublishEscrowRefundedWithTheReason() {
        ApiResponse contract = parties.contract();
        String contractId = contract.body().path("contractId").asText();
        String escrowId = contract.body().path("escrow").path("escrowId").asText();
        fund(escrowId, "15000.75");
        parties.customer().post("/api/v1/escrow/" + escrowId + "/milestones/1/release", null);

        ApiResponse refunded = parties.admin().withHeader("X-Correlation-Id", "corr-refund-1")
                .post("/api/v1/escrow/" + escrowId + "/refund", Map.of("reason", "Artisan left the job"));
        ApiResponse again = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.admin()
                .post("/api/v1/escrow/" + escrowId + "/refund", Map.of("reason", "twice")));
        ApiResponse releaseAfter = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.admin()
                .post("/api/v1/escrow/" + escrowId + "/milestones/2/release", null));

        assertThat(refunded.status()).isEqualTo(200);
        assertThat(refunded.body().path("escrow").path("status").asText()).isEqualTo("closed");
        assertThat(again.status()).isEqualTo(409);
        assertThat(releaseAfter.status()).isEqualTo(409);
        Event<EscrowRefunded> event = TRANSACTION.awaitEvent(EscrowRefunded.class, p -> p.escrowId().equals(escrowId));
        assertThat(event.payload()).isEqualTo(new EscrowRefunded(escrowId, contractId, parties.customerId,
                new java.math.BigDecimal("5000.25"), "Artisan left the job"));
        assertThat(event.source()).isEqualTo("transaction");
        assertThat(event.correlationId()).contains("corr-refund-1");
    }

    @Test
    void shouldLetTheCustomerRefundOnlyBeforeTheEscrowIsFullyFunded() {
        String partlyFunded = parties.escrow();
        fund(partlyFunded, "100");
        String fullyFunded = parties.fundedEscrow();

        ApiResponse early = parties.customer().post("/api/v1/escrow/" + partlyFunded + "/refund",
                Map.of("reason", "Changed my mind"));
        ApiResponse late = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.customer()
                .post("/api/v1/escrow/" + fullyFunded + "/refund", Map.of("reason", "Changed my mind")));

        assertThat(early.status()).isEqualTo(200);
        assertThat(early.body().path("amount").decimalValue()).isEqualByComparingTo("100");
        assertThat(late.status()).isEqualTo(403);
    }

    @Test
    void shouldRefuseARefundWithoutAReasonOrByTheArtisanOrOfNothing() {
        String escrowId = parties.fundedEscrow();
        String empty = parties.escrow();

        ApiResponse noReason = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.admin()
                .post("/api/v1/escrow/" + escrowId + "/refund", Map.of()));
        ApiResponse artisan = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.artisan()
                .post("/api/v1/escrow/" + escrowId + "/refund", Map.of("reason", "x")));
        ApiResponse nothingHeld = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.admin()
                .post("/api/v1/escrow/" + empty + "/refund", Map.of("reason", "x")));

        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.badFields()).containsExactly("reason");
        assertThat(artisan.status()).isEqualTo(403);
        assertThat(nothingHeld.status()).isEqualTo(409);
    }

    @Test
    void shouldShowAnEscrowToItsPartiesAndAnAdminOnly() {
        String escrowId = parties.escrow();

        assertThat(parties.customer().get("/api/v1/escrow/" + escrowId).status()).isEqualTo(200);
        assertThat(parties.artisan().get("/api/v1/escrow/" + escrowId).status()).isEqualTo(200);
        assertThat(parties.admin().get("/api/v1/escrow/" + escrowId).status()).isEqualTo(200);
        assertThat(parties.stranger(Role.ARTISAN).get("/api/v1/escrow/" + escrowId).status()).isEqualTo(403);
        assertThat(parties.customer().get("/api/v1/escrow/no-such-escrow").status()).isEqualTo(404);
    }

    private ApiResponse fund(String escrowId, String amount) {
        return parties.customer().post("/api/v1/escrow/" + escrowId + "/fund", Map.of("amount", amount));
    }
}
