package ng.korrect.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import ng.korrect.catalog.payload.Role;
import ng.korrect.service.testing.ApiClient;
import ng.korrect.service.testing.ApiResponse;
import ng.korrect.service.testing.ServiceFixture;

/**
 * A customer and an artisan of their own for one test (the artisan's profile answered by the shared
 * {@link ArtisanStub}), with shortcuts to the steps most tests start from: a booking, a paid or confirmed
 * booking, a contract with its escrow, a funded escrow.
 */
final class Parties {

    final String customerId = "cust-" + UUID.randomUUID();
    final String artisanId = "art-" + UUID.randomUUID();
    final String profileId = "prof-" + UUID.randomUUID();
    private final ServiceFixture<TransactionService> fixture;
    private boolean booked;

    Parties(ServiceFixture<TransactionService> fixture) {
        this.fixture = fixture;
        ArtisanStub.shared().profile(profileId, artisanId);
    }

    ApiClient customer() {
        return fixture.apiAs(customerId, Role.CUSTOMER);
    }

    ApiClient artisan() {
        return fixture.apiAs(artisanId, Role.ARTISAN);
    }

    ApiClient admin() {
        return fixture.apiAs("admin-" + UUID.randomUUID(), Role.ADMIN);
    }

    ApiClient stranger(Role role) {
        return fixture.apiAs("other-" + UUID.randomUUID(), role);
    }

    Map<String, Object> bookingRequest() {
        return Map.of("artisanId", artisanId, "artisanProfileId", profileId, "service", "Plumbing",
                "address", "12 Allen Avenue, Ikeja", "notes", "Gate code 4411", "quotedPrice", 15000);
    }

    String book() {
        ApiResponse created = customer().post("/api/v1/bookings", bookingRequest());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        booked = true;
        return created.body().path("bookingId").asText();
    }

    /** Pays the booking its quoted price (15000) at once; returns the answer. */
    ApiResponse pay(String bookingId) {
        ApiResponse paid = customer().post("/api/v1/payments", Map.of("bookingId", bookingId, "amount", "15000.00"));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        return paid;
    }

    /** A booking paid its quoted price. */
    String paidBooking() {
        String bookingId = book();
        pay(bookingId);
        return bookingId;
    }

    /** A booking paid and confirmed by its customer. */
    String confirmedBooking() {
        String bookingId = paidBooking();
        ApiResponse confirmed = customer().post("/api/v1/bookings/" + bookingId + "/confirm", Map.of());
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        return bookingId;
    }

    /** A contract of two milestones, 10000.50 and 5000.25 (total 15000.75); returns its JSON. */
    ApiResponse contract() {
        if (!booked) {
            book(); // a contract is made with an artisan the customer has booked
        }
        ApiResponse created = customer().post("/api/v1/contracts", Map.of("artisanId", artisanId, "milestones", List.of(
                Map.of("title", "Materials", "amount", "10000.50"), Map.of("title", "Labour", "amount", "5000.25"))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created;
    }

    /** The escrow id of a new contract. */
    String escrow() {
        return contract().body().path("escrow").path("escrowId").asText();
    }

    /** The escrow id of a new contract, funded in full. */
    String fundedEscrow() {
        String escrowId = escrow();
        ApiResponse paid = customer().post("/api/v1/escrow/" + escrowId + "/fund", Map.of("amount", "15000.75"));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        return escrowId;
    }

    /** The dispute id of a dispute opened by the customer on a new funded escrow. */
    String openDispute(String escrowId) {
        ApiResponse opened = customer().post("/api/v1/disputes", Map.of("escrowId", escrowId, "category", "quality",
                "reason", "The pipe still leaks"));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return opened.body().path("disputeId").asText();
    }
}
