package ng.korrect.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.BookingCancelled;
import ng.korrect.catalog.payload.BookingConfirmed;
import ng.korrect.catalog.payload.BookingCreated;
import ng.korrect.catalog.payload.CancelledBy;
import ng.korrect.catalog.payload.Role;
import ng.korrect.service.testing.ApiResponse;
import ng.korrect.service.testing.ServiceFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BookingApiIT {

    @RegisterExtension
    static final ServiceFixture<TransactionService> TRANSACTION = ServiceFixture.of(ServiceName.TRANSACTION,
            config -> new TransactionService(config, ArtisanStub.settings(Map.of()), Clock.systemUTC()));

    private final Parties parties = new Parties(TRANSACTION);

    @Test
    void shouldCreateAPendingBookingAndPublishBookingCreated() {
        ApiResponse created = parties.customer().withHeader("X-Correlation-Id", "corr-book-1")
                .post("/api/v1/bookings", Map.of("artisanId", parties.artisanId, "artisanProfileId", parties.profileId,
                        "service", "Tiling", "scheduledFor", "2026-12-01T09:00:00Z", "quotedPrice", "25000.50"));

        assertThat(created.status()).isEqualTo(201);
        String bookingId = created.body().path("bookingId").asText();
        assertThat(created.body().path("status").asText()).isEqualTo("pending");
        assertThat(created.body().path("scheduledFor").asText()).isEqualTo("2026-12-01T09:00:00Z");
        assertThat(created.body().path("quotedPrice").decimalValue()).isEqualByComparingTo("25000.50");
        Event<BookingCreated> event = TRANSACTION.awaitEvent(BookingCreated.class, p -> p.bookingId().equals(bookingId));
        assertThat(event.payload()).isEqualTo(new BookingCreated(bookingId, parties.customerId, parties.artisanId,
                parties.profileId, "Tiling", "pending"));
        assertThat(event.source()).isEqualTo("transaction");
        assertThat(event.correlationId()).contains("corr-book-1");
    }

    @Test
    void shouldRefuseABookingWithoutItsRequiredFieldsNamingEachOne() {
        ApiResponse refused = TRANSACTION.assertNothingWrittenOrPublishedBy(() ->
                parties.customer().post("/api/v1/bookings", Map.of("notes", "no artisan")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorCode()).isEqualTo("validation_failed");
        assertThat(refused.badFields()).containsExactlyInAnyOrder("artisanId", "artisanProfileId", "service",
                "quotedPrice");
    }

    @Test
    void shouldRefuseABadDateAndABadPriceNamingBoth() {
        ApiResponse refused = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.customer().post("/api/v1/bookings",
                Map.of("artisanId", parties.artisanId, "artisanProfileId", parties.profileId, "service", "Tiling",
                        "scheduledFor", "next tuesday", "quotedPrice", "-5")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.badFields()).containsExactlyInAnyOrder("scheduledFor", "quotedPrice");
    }

    @Test
    void shouldRefuseABookingWithoutAQuotedPriceOrBelowTheMinimumNamingIt() {
        Map<String, Object> request = new java.util.HashMap<>(parties.bookingRequest());
        request.remove("quotedPrice");
        ApiResponse none = TRANSACTION.assertNothingWrittenOrPublishedBy(() ->
                parties.customer().post("/api/v1/bookings", request));
        request.put("quotedPrice", "0.01");
        ApiResponse cent = TRANSACTION.assertNothingWrittenOrPublishedBy(() ->
                parties.customer().post("/api/v1/bookings", request));

        assertThat(none.status()).isEqualTo(400);
        assertThat(none.badFields()).containsExactly("quotedPrice");
        assertThat(cent.status()).isEqualTo(400);
        assertThat(cent.badFields()).containsExactly("quotedPrice");
    }

    @Test
    void shouldRefuseABookingOfAProfileTheArtisanServiceDoesNotKnowNamingArtisanProfileId() {
        Map<String, Object> request = new java.util.HashMap<>(parties.bookingRequest());
        request.put("artisanProfileId", "no-such-profile");

        ApiResponse refused = TRANSACTION.assertNothingWrittenOrPublishedBy(() ->
                parties.customer().post("/api/v1/bookings", request));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorCode()).isEqualTo("unknown_reference");
        assertThat(refused.body().path("error").path("details").get(0).path("field").asText())
                .isEqualTo("artisanProfileId");
    }

    @Test
    void shouldRefuseABookingThatNamesAnotherUserThanTheProfilesOwnerAsArtisan() {
        Parties other = new Parties(TRANSACTION);
        Map<String, Object> request = new java.util.HashMap<>(parties.bookingRequest());
        request.put("artisanId", other.artisanId);
        Map<String, Object> ghost = new java.util.HashMap<>(parties.bookingRequest());
        ghost.put("artisanId", "ghost");

        ApiResponse someoneElse = TRANSACTION.assertNothingWrittenOrPublishedBy(() ->
                parties.customer().post("/api/v1/bookings", request));
        ApiResponse nobody = TRANSACTION.assertNothingWrittenOrPublishedBy(() ->
                parties.customer().post("/api/v1/bookings", ghost));

        assertThat(someoneElse.status()).isEqualTo(422);
        assertThat(someoneElse.body().path("error").path("details").get(0).path("field").asText()).isEqualTo("artisanId");
        assertThat(nobody.status()).isEqualTo(422);
    }

    @Test
    void shouldAskTheArtisanServiceWithAnAdminTokenOfTheTransactionService() {
        int before = ArtisanStub.shared().authorizations().size();
        parties.book();

        String authorization = ArtisanStub.shared().authorizations().get(before);
        ng.korrect.service.Caller caller = new ng.korrect.service.TokenVerifier(
                ServiceFixture.JWT_SECRET.getBytes(java.nio.charset.StandardCharsets.UTF_8), Clock.systemUTC())
                .verify(authorization.substring("Bearer ".length()));
        assertThat(caller).isEqualTo(new ng.korrect.service.Caller(TransactionService.SERVICE_IDENTITY, Role.ADMIN));
    }

    @Test
    void shouldRefuseAFourthOpenBookingWithTheSameArtisanNamingTheLimit() {
        for (int n = 0; n < 3; n++) {
            parties.book();
        }

        ApiResponse fourth = TRANSACTION.assertNothingWrittenOrPublishedBy(() ->
                parties.customer().post("/api/v1/bookings", parties.bookingRequest()));

        assertThat(fourth.status()).isEqualTo(409);
        assertThat(fourth.errorCode()).isEqualTo("limit_reached");
        assertThat(fourth.body().path("error").path("details").path("limit").asInt()).isEqualTo(3);
    }

    @Test
    void shouldCountOnlyOpenBookingsAgainstTheLimitNotPaidOrCancelledOnes() {
        parties.paidBooking();
        parties.customer().post("/api/v1/bookings/" + parties.book() + "/cancel", Map.of());
        parties.book();
        parties.book();

        ApiResponse third = parties.customer().post("/api/v1/bookings", parties.bookingRequest());

        assertThat(third.status()).isEqualTo(201);
    }

    @Test
    void shouldRefuseAnEleventhOpenBookingOfOneCustomerAcrossArtisans() {
        String customerId = "cust-" + java.util.UUID.randomUUID();
        for (int n = 0; n < 10; n++) {
            Parties artisan = new Parties(TRANSACTION);
            Map<String, Object> request = artisan.bookingRequest();
            assertThat(TRANSACTION.apiAs(customerId, Role.CUSTOMER).post("/api/v1/bookings", request).status())
                    .isEqualTo(201);
        }
        Parties eleventh = new Parties(TRANSACTION);

        ApiResponse refused = TRANSACTION.assertNothingWrittenOrPublishedBy(() ->
                TRANSACTION.apiAs(customerId, Role.CUSTOMER).post("/api/v1/bookings", eleventh.bookingRequest()));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().path("error").path("details").path("limit").asInt()).isEqualTo(10);
    }

    @Test
    void shouldRefuseABookingWithoutAValidToken() {
        ApiResponse anonymous = TRANSACTION.assertNothingWrittenOrPublishedBy(() ->
                TRANSACTION.api().post("/api/v1/bookings", parties.bookingRequest()));
        ApiResponse forged = TRANSACTION.assertNothingWrittenOrPublishedBy(() ->
                TRANSACTION.api().as("not-a-token").post("/api/v1/bookings", parties.bookingRequest()));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.errorCode()).isEqualTo("unauthorized");
    }

    @Test
    void shouldForbidAnArtisanToBook() {
        ApiResponse refused = TRANSACTION.assertNothingWrittenOrPublishedBy(() ->
                parties.artisan().post("/api/v1/bookings", parties.bookingRequest()));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.errorCode()).isEqualTo("forbidden");
    }

    @Test
    void shouldConfirmByTheCustomerOncePaidAtTheAmountPaidAndPublishBookingConfirmed() {
        String bookingId = parties.paidBooking();

        ApiResponse confirmed = parties.customer().withHeader("X-Correlation-Id", "corr-confirm-1")
                .post("/api/v1/bookings/" + bookingId + "/confirm", Map.of("finalPrice", "15000.00"));

        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.body().path("status").asText()).isEqualTo("confirmed");
        assertThat(confirmed.body().path("finalPrice").decimalValue()).isEqualByComparingTo("15000.00");
        Event<BookingConfirmed> event = TRANSACTION.awaitEvent(BookingConfirmed.class, p -> p.bookingId().equals(bookingId));
        assertThat(event.payload().customerId()).isEqualTo(parties.customerId);
        assertThat(event.payload().artisanId()).isEqualTo(parties.artisanId);
        assertThat(event.payload().finalPrice()).isEqualByComparingTo("15000.00");
        assertThat(event.source()).isEqualTo("transaction");
        assertThat(event.correlationId()).contains("corr-confirm-1");
    }

    @Test
    void shouldTakeTheAmountPaidAsTheFinalPriceWhenNoneIsGiven() {
        String bookingId = parties.paidBooking();

        ApiResponse confirmed = parties.customer().post("/api/v1/bookings/" + bookingId + "/confirm", null);

        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.body().path("finalPrice").decimalValue()).isEqualByComparingTo("15000");
    }

    @Test
    void shouldForbidTheArtisanToConfirmHisOwnBooking() {
        String bookingId = parties.paidBooking();

        ApiResponse refused = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.artisan()
                .post("/api/v1/bookings/" + bookingId + "/confirm", Map.of("finalPrice", 15000)));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().path("error").path("message").asText()).contains("customer");
    }

    @Test
    void shouldRefuseConfirmingABookingThatIsNotPaid() {
        String unpaid = parties.book();
        String pending = parties.book();
        parties.customer().post("/api/v1/payments", Map.of("bookingId", pending, "amount", 15000, "simulate", "pending"));

        ApiResponse refusedUnpaid = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.customer()
                .post("/api/v1/bookings/" + unpaid + "/confirm", Map.of("finalPrice", "0.01")));
        ApiResponse refusedPending = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.customer()
                .post("/api/v1/bookings/" + pending + "/confirm", Map.of()));

        assertThat(refusedUnpaid.status()).isEqualTo(409);
        assertThat(refusedUnpaid.body().path("error").path("message").asText()).contains("not paid");
        assertThat(refusedPending.status()).isEqualTo(409);
    }

    @Test
    void shouldRefuseAFinalPriceOtherThanTheAmountPaid() {
        String bookingId = parties.paidBooking();

        ApiResponse more = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.customer()
                .post("/api/v1/bookings/" + bookingId + "/confirm", Map.of("finalPrice", "15000.01")));
        ApiResponse less = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.customer()
                .post("/api/v1/bookings/" + bookingId + "/confirm", Map.of("finalPrice", "0.01")));

        assertThat(more.status()).isEqualTo(409);
        assertThat(more.body().path("error").path("message").asText()).contains("15000.00");
        assertThat(less.status()).isEqualTo(409);
    }

    @Test
    void shouldForbidAnArtisanToConfirmSomeoneElsesBooking() {
        String bookingId = parties.book();

        ApiResponse refused = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.stranger(Role.ARTISAN)
                .post("/api/v1/bookings/" + bookingId + "/confirm", Map.of("finalPrice", 15000)));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(TRANSACTION.count("SELECT COUNT(*) FROM bookings WHERE id = ? AND status = 'pending'", bookingId))
                .isEqualTo(1);
    }

    @Test
    void shouldForbidAnAdminToConfirm() {
        String bookingId = parties.book();

        ApiResponse refused = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.admin()
                .post("/api/v1/bookings/" + bookingId + "/confirm", Map.of("finalPrice", 15000)));

        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void shouldRefuseAFinalPriceThatIsNotAnAmount() {
        String bookingId = parties.paidBooking();

        ApiResponse refused = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.customer()
                .post("/api/v1/bookings/" + bookingId + "/confirm", Map.of("finalPrice", "0.001")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.badFields()).containsExactly("finalPrice");
    }

    @Test
    void shouldRefuseConfirmingTwiceAndPublishNothing() {
        String bookingId = parties.confirmedBooking();

        ApiResponse again = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.customer()
                .post("/api/v1/bookings/" + bookingId + "/confirm", Map.of("finalPrice", 15000)));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorCode()).isEqualTo("conflict");
    }

    @Test
    void shouldRefuseConfirmingACancelledBookingAndPublishNothing() {
        String bookingId = parties.book();
        parties.customer().post("/api/v1/bookings/" + bookingId + "/cancel", Map.of());

        ApiResponse refused = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.customer()
                .post("/api/v1/bookings/" + bookingId + "/confirm", Map.of("finalPrice", 15000)));

        assertThat(refused.status()).isEqualTo(409);
    }

    @Test
    void shouldCancelByTheCustomerWithAReasonAndPublishBookingCancelled() {
        String bookingId = parties.book();

        ApiResponse cancelled = parties.customer().withHeader("X-Correlation-Id", "corr-cancel-1")
                .post("/api/v1/bookings/" + bookingId + "/cancel", Map.of("reason", "Found someone nearer"));

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.body().path("status").asText()).isEqualTo("cancelled");
        Event<BookingCancelled> event = TRANSACTION.awaitEvent(BookingCancelled.class, p -> p.bookingId().equals(bookingId));
        assertThat(event.payload()).isEqualTo(new BookingCancelled(bookingId, parties.customerId, parties.artisanId,
                CancelledBy.CUSTOMER, Optional.of("Found someone nearer")));
        assertThat(event.source()).isEqualTo("transaction");
        assertThat(event.correlationId()).contains("corr-cancel-1");
    }

    @Test
    void shouldCancelByTheArtisanWithoutAReason() {
        String bookingId = parties.book();

        ApiResponse cancelled = parties.artisan().post("/api/v1/bookings/" + bookingId + "/cancel", null);

        assertThat(cancelled.status()).isEqualTo(200);
        Event<BookingCancelled> event = TRANSACTION.awaitEvent(BookingCancelled.class, p -> p.bookingId().equals(bookingId));
        assertThat(event.payload().cancelledBy()).isEqualTo(CancelledBy.ARTISAN);
        assertThat(event.payload().reason()).isEmpty();
    }

    @Test
    void shouldRefuseCancellingTwiceAndPublishNothing() {
        String bookingId = parties.book();
        parties.customer().post("/api/v1/bookings/" + bookingId + "/cancel", Map.of());

        ApiResponse again = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.artisan()
                .post("/api/v1/bookings/" + bookingId + "/cancel", Map.of("reason", "me too")));

        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void shouldRefuseCancellingAConfirmedBooking() {
        String bookingId = parties.confirmedBooking();

        ApiResponse refused = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.customer()
                .post("/api/v1/bookings/" + bookingId + "/cancel", Map.of()));

        assertThat(refused.status()).isEqualTo(409);
    }

    @Test
    void shouldForbidCancellingByAnyoneButItsCustomerOrArtisan() {
        String bookingId = parties.book();

        ApiResponse otherCustomer = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.stranger(Role.CUSTOMER)
                .post("/api/v1/bookings/" + bookingId + "/cancel", Map.of()));
        ApiResponse admin = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.admin()
                .post("/api/v1/bookings/" + bookingId + "/cancel", Map.of()));

        assertThat(otherCustomer.status()).isEqualTo(403);
        assertThat(admin.status()).isEqualTo(403);
    }

    @Test
    void shouldAnswerNotFoundForABookingThatDoesNotExist() {
        ApiResponse read = parties.admin().get("/api/v1/bookings/no-such-booking");
        ApiResponse confirm = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.customer()
                .post("/api/v1/bookings/no-such-booking/confirm", Map.of("finalPrice", 1)));
        ApiResponse cancel = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.customer()
                .post("/api/v1/bookings/no-such-booking/cancel", Map.of()));

        assertThat(read.status()).isEqualTo(404);
        assertThat(confirm.status()).isEqualTo(404);
        assertThat(cancel.status()).isEqualTo(404);
        assertThat(cancel.errorCode()).isEqualTo("not_found");
    }

    @Test
    void shouldShowABookingToItsCustomerItsArtisanAndAnAdminOnly() {
        String bookingId = parties.book();

        ApiResponse asCustomer = parties.customer().get("/api/v1/bookings/" + bookingId);

        assertThat(asCustomer.status()).isEqualTo(200);
        assertThat(asCustomer.body().path("address").asText()).isEqualTo("12 Allen Avenue, Ikeja");
        assertThat(asCustomer.body().path("notes").asText()).isEqualTo("Gate code 4411");
        assertThat(parties.artisan().get("/api/v1/bookings/" + bookingId).status()).isEqualTo(200);
        assertThat(parties.admin().get("/api/v1/bookings/" + bookingId).status()).isEqualTo(200);
        assertThat(parties.stranger(Role.CUSTOMER).get("/api/v1/bookings/" + bookingId).status()).isEqualTo(403);
        assertThat(parties.stranger(Role.ARTISAN).get("/api/v1/bookings/" + bookingId).status()).isEqualTo(403);
        assertThat(TRANSACTION.api().get("/api/v1/bookings/" + bookingId).status()).isEqualTo(401);
    }

    @Test
    void shouldListTheCallersOwnBookingsOnly() {
        String first = parties.book();
        String second = parties.book();
        new Parties(TRANSACTION).book();

        ApiResponse customers = parties.customer().get("/api/v1/bookings");
        ApiResponse artisans = parties.artisan().get("/api/v1/bookings");

        assertThat(customers.status()).isEqualTo(200);
        assertThat(customers.body().path("bookings").findValuesAsText("bookingId")).containsExactlyInAnyOrder(first, second);
        assertThat(artisans.body().path("bookings").findValuesAsText("bookingId")).containsExactlyInAnyOrder(first, second);
        assertThat(TRANSACTION.api().get("/api/v1/bookings").status()).isEqualTo(401);
    }
}
