package ng.korrect.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.DisputeEscalated;
import ng.korrect.catalog.payload.DisputeOpened;
import ng.korrect.catalog.payload.DisputeResolved;
import ng.korrect.catalog.payload.Role;
import ng.korrect.service.testing.ApiResponse;
import ng.korrect.service.testing.MutableClock;
import ng.korrect.service.testing.ServiceFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DisputeApiIT {

    private static final MutableClock CLOCK = MutableClock.startingNow();

    @RegisterExtension
    static final ServiceFixture<TransactionService> TRANSACTION = ServiceFixture.of(ServiceName.TRANSACTION,
            config -> new TransactionService(config, ArtisanStub.settings(Map.of(
                    "KORRECT_DISPUTE_ESCALATION_DAYS", "7")), CLOCK));

    private final Parties parties = new Parties(TRANSACTION);

    @Test
    void shouldOpenADisputeOnAFundedEscrowAndPublishDisputeOpened() {
        ApiResponse contract = parties.contract();
        String contractId = contract.body().path("contractId").asText();
        String escrowId = contract.body().path("escrow").path("escrowId").asText();
        parties.customer().post("/api/v1/escrow/" + escrowId + "/fund", Map.of("amount", "15000.75"));

        ApiResponse opened = parties.artisan().withHeader("X-Correlation-Id", "corr-dispute-1").post("/api/v1/disputes",
                Map.of("escrowId", escrowId, "category", "payment", "reason", "Customer will not release"));

        assertThat(opened.status()).isEqualTo(201);
        String disputeId = opened.body().path("disputeId").asText();
        assertThat(opened.body().path("status").asText()).isEqualTo("open");
        Event<DisputeOpened> event = TRANSACTION.awaitEvent(DisputeOpened.class, p -> p.disputeId().equals(disputeId));
        assertThat(event.payload()).isEqualTo(new DisputeOpened(disputeId, contractId, escrowId, parties.customerId,
                parties.artisanId, "payment", "Customer will not release"));
        assertThat(event.source()).isEqualTo("transaction");
        assertThat(event.correlationId()).contains("corr-dispute-1");
    }

    @Test
    void shouldFreezeReleasesWhileADisputeIsOpen() {
        String escrowId = parties.fundedEscrow();
        parties.openDispute(escrowId);

        ApiResponse customer = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.customer()
                .post("/api/v1/escrow/" + escrowId + "/milestones/1/release", null));
        ApiResponse admin = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.admin()
                .post("/api/v1/escrow/" + escrowId + "/milestones/1/release", null));

        assertThat(customer.status()).isEqualTo(409);
        assertThat(admin.status()).isEqualTo(409);
        assertThat(customer.body().path("error").path("message").asText()).contains("dispute");
    }

    @Test
    void shouldRefuseADisputeOnAnEscrowNotFundedOrAlreadyDisputed() {
        String unfunded = parties.escrow();
        String funded = parties.fundedEscrow();
        parties.openDispute(funded);
        Map<String, Object> request = Map.of("category", "quality", "reason", "Bad work");

        ApiResponse notFunded = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.customer()
                .post("/api/v1/disputes", with(request, "escrowId", unfunded)));
        ApiResponse second = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.artisan()
                .post("/api/v1/disputes", with(request, "escrowId", funded)));
        ApiResponse unknown = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.customer()
                .post("/api/v1/disputes", with(request, "escrowId", "no-such-escrow")));

        assertThat(notFunded.status()).isEqualTo(409);
        assertThat(second.status()).isEqualTo(409);
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void shouldLetOnlyTheContractsPartiesOpenADisputeWithACategoryAndReason() {
        String escrowId = parties.fundedEscrow();
        Map<String, Object> request = Map.of("escrowId", escrowId, "category", "quality", "reason", "Bad work");

        ApiResponse stranger = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.stranger(Role.CUSTOMER)
                .post("/api/v1/disputes", request));
        ApiResponse admin = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.admin()
                .post("/api/v1/disputes", request));
        ApiResponse anonymous = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> TRANSACTION.api()
                .post("/api/v1/disputes", request));
        ApiResponse incomplete = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.customer()
                .post("/api/v1/disputes", Map.of("escrowId", escrowId)));

        assertThat(stranger.status()).isEqualTo(403);
        assertThat(admin.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.badFields()).containsExactlyInAnyOrder("category", "reason");
    }

    @Test
    void shouldResolveWithASplitOfWhatIsHeldAndPublishDisputeResolved() {
        ApiResponse contract = parties.contract();
        String contractId = contract.body().path("contractId").asText();
        String escrowId = contract.body().path("escrow").path("escrowId").asText();
        parties.customer().post("/api/v1/escrow/" + escrowId + "/fund", Map.of("amount", "15000.75"));
        parties.customer().post("/api/v1/escrow/" + escrowId + "/milestones/1/release", null);
        String disputeId = parties.openDispute(escrowId);

        ApiResponse resolved = parties.admin().withHeader("X-Correlation-Id", "corr-resolve-1")
                .post("/api/v1/disputes/" + disputeId + "/resolve", Map.of("decision", "Half of the labour is owed",
                        "customerRefund", "2500.12", "artisanPayment", "2500.13"));

        assertThat(resolved.status()).isEqualTo(200);
        assertThat(resolved.body().path("status").asText()).isEqualTo("resolved");
        Event<DisputeResolved> event = TRANSACTION.awaitEvent(DisputeResolved.class, p -> p.disputeId().equals(disputeId));
        assertThat(event.payload()).isEqualTo(new DisputeResolved(disputeId, contractId, "Half of the labour is owed",
                Optional.of(new BigDecimal("2500.12")), Optional.of(new BigDecimal("2500.13"))));
        assertThat(event.source()).isEqualTo("transaction");
        assertThat(event.correlationId()).contains("corr-resolve-1");
        ApiResponse escrow = parties.customer().get("/api/v1/escrow/" + escrowId);
        assertThat(escrow.body().path("status").asText()).isEqualTo("closed");
        assertThat(escrow.body().path("held").decimalValue()).isEqualByComparingTo("0");
        assertThat(escrow.body().path("refunded").decimalValue()).isEqualByComparingTo("2500.12");
        assertThat(escrow.body().path("released").decimalValue()).isEqualByComparingTo("12500.63");
    }

    @Test
    void shouldAcceptASplitThatGivesEverythingToOneSide() {
        String escrowId = parties.fundedEscrow();
        String disputeId = parties.openDispute(escrowId);

        ApiResponse resolved = parties.admin().post("/api/v1/disputes/" + disputeId + "/resolve",
                Map.of("decision", "Full refund", "customerRefund", "15000.75", "artisanPayment", 0));

        assertThat(resolved.status()).isEqualTo(200);
        assertThat(parties.admin().get("/api/v1/escrow/" + escrowId).body().path("refunded").decimalValue())
                .isEqualByComparingTo("15000.75");
    }

    @Test
    void shouldRefuseASplitThatDoesNotAddUpToWhatIsHeldNamingBothFields() {
        String disputeId = parties.openDispute(parties.fundedEscrow());

        ApiResponse refused = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.admin()
                .post("/api/v1/disputes/" + disputeId + "/resolve",
                        Map.of("decision", "Split", "customerRefund", "7000", "artisanPayment", "7000")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.badFields()).containsExactlyInAnyOrder("customerRefund", "artisanPayment");
        assertThat(refused.text()).contains("15000.75");
    }

    @Test
    void shouldLetOnlyAnAdminResolveAnOpenDispute() {
        String disputeId = parties.openDispute(parties.fundedEscrow());
        Map<String, Object> split = Map.of("decision", "Pay the artisan", "artisanPayment", "15000.75");

        ApiResponse customer = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.customer()
                .post("/api/v1/disputes/" + disputeId + "/resolve", split));
        ApiResponse noDecision = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.admin()
                .post("/api/v1/disputes/" + disputeId + "/resolve", Map.of("artisanPayment", "15000.75")));
        ApiResponse unknown = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.admin()
                .post("/api/v1/disputes/no-such-dispute/resolve", split));
        ApiResponse first = parties.admin().post("/api/v1/disputes/" + disputeId + "/resolve", split);
        ApiResponse twice = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.admin()
                .post("/api/v1/disputes/" + disputeId + "/resolve", split));

        assertThat(customer.status()).isEqualTo(403);
        assertThat(noDecision.status()).isEqualTo(400);
        assertThat(noDecision.badFields()).containsExactly("decision");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(first.status()).isEqualTo(200);
        assertThat(twice.status()).isEqualTo(409);
    }

    @Test
    void shouldEscalateADisputeLeftUnresolvedPastTheLimitOnceWithItsDaysOpen() {
        String disputeId = parties.openDispute(parties.fundedEscrow());
        com.fasterxml.jackson.databind.JsonNode opened = parties.admin().get("/api/v1/disputes/" + disputeId).body();
        assertThat(java.time.Instant.parse(opened.path("escalatesAfter").asText()))
                .as("when the job will escalate it: 7 days after it opened")
                .isEqualTo(java.time.Instant.parse(opened.path("openedAt").asText()).plus(Duration.ofDays(7)));

        CLOCK.advance(Duration.ofDays(6));
        TRANSACTION.service().runEscalation();
        TRANSACTION.awaitOutboxDrained();
        boolean escalatedEarly = escalations(disputeId) > 0;
        CLOCK.advance(Duration.ofDays(2));
        TRANSACTION.service().runEscalation();
        TRANSACTION.service().runEscalation();

        assertThat(escalatedEarly).isFalse();
        Event<DisputeEscalated> event = TRANSACTION.awaitEvent(DisputeEscalated.class, p -> p.disputeId().equals(disputeId));
        assertThat(event.payload().daysOpen()).isEqualTo(8);
        assertThat(event.payload().reason()).contains("8 days");
        assertThat(event.source()).isEqualTo("transaction");
        TRANSACTION.awaitOutboxDrained();
        assertThat(escalations(disputeId)).isEqualTo(1);
        assertThat(parties.admin().get("/api/v1/disputes/" + disputeId).body().path("escalated").asBoolean()).isTrue();
        assertThat(parties.admin().get("/api/v1/disputes/" + disputeId).body().path("escalatesAfter").isNull()).isTrue();
    }

    @Test
    void shouldNotEscalateAResolvedDispute() {
        String disputeId = parties.openDispute(parties.fundedEscrow());
        parties.admin().post("/api/v1/disputes/" + disputeId + "/resolve",
                Map.of("decision", "Pay the artisan", "artisanPayment", "15000.75"));

        CLOCK.advance(Duration.ofDays(30));
        TRANSACTION.service().runEscalation();

        TRANSACTION.awaitOutboxDrained();
        assertThat(escalations(disputeId)).isZero();
    }

    @Test
    void shouldShowADisputeToItsPartiesAndAnAdminOnly() {
        String disputeId = parties.openDispute(parties.fundedEscrow());

        ApiResponse asArtisan = parties.artisan().get("/api/v1/disputes/" + disputeId);

        assertThat(asArtisan.status()).isEqualTo(200);
        assertThat(asArtisan.body().path("reason").asText()).isEqualTo("The pipe still leaks");
        assertThat(parties.customer().get("/api/v1/disputes/" + disputeId).status()).isEqualTo(200);
        assertThat(parties.admin().get("/api/v1/disputes/" + disputeId).status()).isEqualTo(200);
        assertThat(parties.stranger(Role.CUSTOMER).get("/api/v1/disputes/" + disputeId).status()).isEqualTo(403);
        assertThat(parties.admin().get("/api/v1/disputes/no-such-dispute").status()).isEqualTo(404);
    }

    private static long escalations(String disputeId) {
        return TRANSACTION.events(DisputeEscalated.class).stream().filter(e -> e.payload().disputeId().equals(disputeId))
                .count();
    }

    private static Map<String, Object> with(Map<String, Object> request, String field, Object value) {
        Map<String, Object> more = new java.util.HashMap<>(request);
        more.put(field, value);
        return more;
    }
}
