package ng.korrect.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.Role;
import ng.korrect.service.testing.ApiResponse;
import ng.korrect.service.testing.ServiceFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ContractApiIT {

    @RegisterExtension
    static final ServiceFixture<TransactionService> TRANSACTION = ServiceFixture.of(ServiceName.TRANSACTION,
            config -> new TransactionService(config, ArtisanStub.settings(Map.of()), Clock.systemUTC()));

    private final Parties parties = new Parties(TRANSACTION);

    @Test
    void shouldCreateAContractWithNumberedMilestonesAndAnEscrowAwaitingFunding() {
        ApiResponse created = parties.contract();

        assertThat(created.body().path("total").decimalValue()).isEqualByComparingTo("15000.75");
        assertThat(created.body().path("milestones").findValuesAsText("number")).containsExactly("1", "2");
        assertThat(created.body().path("milestones").get(1).path("amount").decimalValue()).isEqualByComparingTo("5000.25");
        assertThat(created.body().path("escrow").path("status").asText()).isEqualTo("awaiting_funding");
        assertThat(created.body().path("escrow").path("held").decimalValue()).isEqualByComparingTo("0");
        assertThat(TRANSACTION.count("SELECT COUNT(*) FROM milestones WHERE contract_id = ?",
                created.body().path("contractId").asText())).isEqualTo(2);
    }

    @Test
    void shouldTieAContractToTheCustomersBookingWithThatArtisan() {
        String bookingId = parties.book();

        ApiResponse created = parties.customer().post("/api/v1/contracts", Map.of("artisanId", parties.artisanId,
                "bookingId", bookingId, "milestones", List.of(Map.of("title", "All", "amount", 100))));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().path("bookingId").asText()).isEqualTo(bookingId);
    }

    @Test
    void shouldRefuseABadContractNamingEachBadFieldAndMilestone() {
        ApiResponse refused = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.customer().post(
                "/api/v1/contracts", Map.of("milestones", List.of(Map.of("title", "Materials", "amount", "-1"),
                        Map.of("amount", "10.123")))));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.badFields()).containsExactlyInAnyOrder("artisanId", "milestones[0].amount",
                "milestones[1].title", "milestones[1].amount");
    }

    @Test
    void shouldRefuseAContractWithoutMilestones() {
        ApiResponse refused = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.customer().post(
                "/api/v1/contracts", Map.of("artisanId", parties.artisanId, "milestones", List.of())));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.badFields()).containsExactly("milestones");
    }

    @Test
    void shouldRefuseABookingThatIsNotTheCustomersWithThatArtisan() {
        String othersBooking = new Parties(TRANSACTION).book();

        ApiResponse foreign = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.customer().post("/api/v1/contracts",
                Map.of("artisanId", parties.artisanId, "bookingId", othersBooking,
                        "milestones", List.of(Map.of("title", "All", "amount", 100)))));
        ApiResponse unknown = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.customer().post("/api/v1/contracts",
                Map.of("artisanId", parties.artisanId, "bookingId", "no-such-booking",
                        "milestones", List.of(Map.of("title", "All", "amount", 100)))));

        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.badFields()).containsExactly("bookingId");
        assertThat(unknown.badFields()).containsExactly("bookingId");
    }

    @Test
    void shouldRefuseAContractWithAnArtisanTheCustomerNeverBookedNamingArtisanId() {
        ApiResponse ghost = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.customer().post("/api/v1/contracts",
                Map.of("artisanId", "ghost", "milestones", List.of(Map.of("title", "All", "amount", 100)))));

        assertThat(ghost.status()).isEqualTo(422);
        assertThat(ghost.errorCode()).isEqualTo("unknown_reference");
        assertThat(ghost.body().path("error").path("details").get(0).path("field").asText()).isEqualTo("artisanId");
    }

    @Test
    void shouldLetOnlyASignedInCustomerMakeAContract() {
        Map<String, Object> request = Map.of("artisanId", parties.artisanId,
                "milestones", List.of(Map.of("title", "All", "amount", 100)));

        ApiResponse anonymous = TRANSACTION.assertNothingWrittenOrPublishedBy(() ->
                TRANSACTION.api().post("/api/v1/contracts", request));
        ApiResponse artisan = TRANSACTION.assertNothingWrittenOrPublishedBy(() ->
                parties.artisan().post("/api/v1/contracts", request));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(artisan.status()).isEqualTo(403);
    }

    @Test
    void shouldShowAContractToItsPartiesAndAnAdminOnly() {
        String contractId = parties.contract().body().path("contractId").asText();

        assertThat(parties.customer().get("/api/v1/contracts/" + contractId).status()).isEqualTo(200);
        assertThat(parties.artisan().get("/api/v1/contracts/" + contractId).status()).isEqualTo(200);
        assertThat(parties.admin().get("/api/v1/contracts/" + contractId).status()).isEqualTo(200);
        assertThat(parties.stranger(Role.CUSTOMER).get("/api/v1/contracts/" + contractId).status()).isEqualTo(403);
        assertThat(parties.customer().get("/api/v1/contracts/no-such-contract").status()).isEqualTo(404);
    }
}
