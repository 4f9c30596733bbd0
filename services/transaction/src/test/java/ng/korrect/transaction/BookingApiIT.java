package ng.korrect.transaction;

import static org.assertj.core.api.Assertions.assertThat;

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
            TransactionService::new);

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
        assertThat(refused.badFields()).containsExactlyInAnyOrder("artisanId", "artisanProfileId", "service");
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
    void shouldConfirmByTheBookedArtisanWithTheFinalPriceAndPublishBookingConfirmed() {
        String bookingId = parties.book();

        ApiResponse confirmed = parties.artisan().withHeader("X-Correlation-Id", "corr-confirm-1")
                .post("/api/v1/bookings/" + bookingId + "/confirm", Map.of("finalPrice", "17500.25"));

        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.body().path("status").asText()).isEqualTo("confirmed");
        assertThat(confirmed.body().path("finalPrice").decimalValue()).isEqualByComparingTo("17500.25");
        Event<BookingConfirmed> event = TRANSACTION.awaitEvent(BookingConfirmed.class, p -> p.bookingId().equals(bookingId));
        assertThat(event.payload().customerId()).isEqualTo(parties.customerId);
        assertThat(event.payload().artisanId()).isEqualTo(parties.artisanId);
        assertThat(event.payload().finalPrice()).isEqualByComparingTo("17500.25");
        assertThat(event.source()).isEqualTo("transaction");
        assertThat(event.correlationId()).contains("corr-confirm-1");
    }

    @Test
    void shouldLetTheCustomerWhoBookedConfirm() {
        String bookingId = parties.book();

        ApiResponse confirmed = parties.customer().post("/api/v1/bookings/" + bookingId + "/confirm",
                Map.of("finalPrice", 15000));

        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(TRANSACTION.count("SELECT COUNT(*) FROM bookings WHERE id = ? AND status = 'confirmed'", bookingId))
                .isEqualTo(1);
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
    void shouldRefuseAConfirmationWithoutAFinalPrice() {
        String bookingId = parties.book();

        ApiResponse refused = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.artisan()
                .post("/api/v1/bookings/" + bookingId + "/confirm", Map.of("finalPrice", "0.001")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.badFields()).containsExactly("finalPrice");
    }

    @Test
    void shouldRefuseConfirmingTwiceAndPublishNothing() {
        String bookingId = parties.book();
        parties.artisan().post("/api/v1/bookings/" + bookingId + "/confirm", Map.of("finalPrice", 15000));

        ApiResponse again = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.artisan()
                .post("/api/v1/bookings/" + bookingId + "/confirm", Map.of("finalPrice", 16000)));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorCode()).isEqualTo("conflict");
    }

    @Test
    void shouldRefuseConfirmingACancelledBookingAndPublishNothing() {
        String bookingId = parties.book();
        parties.customer().post("/api/v1/bookings/" + bookingId + "/cancel", Map.of());

        ApiResponse refused = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.artisan()
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
        String bookingId = parties.book();
        parties.artisan().post("/api/v1/bookings/" + bookingId + "/confirm", Map.of("finalPrice", 15000));

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
        ApiResponse confirm = TRANSACTION.assertNothingWrittenOrPublishedBy(() -> parties.artisan()
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
