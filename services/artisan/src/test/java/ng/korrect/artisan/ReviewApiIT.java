package ng.korrect.artisan;

import static ng.korrect.artisan.ArtisanTesting.awaitFigures;
import static ng.korrect.artisan.ArtisanTesting.confirmedBooking;
import static ng.korrect.artisan.ArtisanTesting.createProfile;
import static ng.korrect.artisan.ArtisanTesting.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.BookingCancelled;
import ng.korrect.catalog.payload.BookingCreated;
import ng.korrect.catalog.payload.CancelledBy;
import ng.korrect.catalog.payload.ReviewCreated;
import ng.korrect.catalog.payload.Role;
import ng.korrect.service.testing.ApiResponse;
import ng.korrect.service.testing.ServiceFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ReviewApiIT {

    @RegisterExtension
    static final ServiceFixture<ArtisanService> ARTISAN = ServiceFixture.of(ServiceName.ARTISAN, ArtisanService::new);

    @Test
    void shouldPublishReviewCreatedWithEveryFieldWhenACustomerReviewsAConfirmedBooking() {
        String artisanUserId = newId("artisan");
        String customerId = newId("customer");
        String profileId = createProfile(ARTISAN, artisanUserId);
        String bookingId = confirmedBooking(ARTISAN, customerId, artisanUserId, profileId);

        ApiResponse created = ARTISAN.apiAs(customerId, Role.CUSTOMER).withHeader("X-Correlation-Id", "review-corr-1")
                .post("/api/v1/reviews", review(profileId, bookingId, 4));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String reviewId = created.body().path("reviewId").asText();
        assertThat(created.body().path("rating").asInt()).isEqualTo(4);
        assertThat(created.body().path("text").asText()).isEqualTo("Fixed the leak in an hour.");
        Event<ReviewCreated> event = ARTISAN.awaitEvent(ReviewCreated.class, p -> p.reviewId().equals(reviewId));
        assertThat(event.payload()).isEqualTo(new ReviewCreated(reviewId, profileId, customerId, 4, "Quick and tidy"));
        assertThat(event.source()).isEqualTo(ServiceName.ARTISAN.wireName());
        assertThat(event.correlationId()).contains("review-corr-1");
        JsonNode figures = awaitFigures(ARTISAN, profileId, f -> f.path("reviewCount").asLong() == 1);
        assertThat(figures.path("averageRating").decimalValue()).isEqualByComparingTo("4");
    }

    @Test
    void shouldListAProfilesReviewsNewestFirst() {
        String artisanUserId = newId("artisan");
        String firstId = newId("customer");
        String secondId = newId("customer");
        String profileId = createProfile(ARTISAN, artisanUserId);
        ARTISAN.apiAs(firstId, Role.CUSTOMER).post("/api/v1/reviews",
                review(profileId, confirmedBooking(ARTISAN, firstId, artisanUserId, profileId), 5));
        ARTISAN.apiAs(secondId, Role.CUSTOMER).post("/api/v1/reviews",
                review(profileId, confirmedBooking(ARTISAN, secondId, artisanUserId, profileId), 3));

        ApiResponse listed = ARTISAN.apiAs(newId("reader"), Role.ARTISAN).get("/api/v1/reviews?profileId=" + profileId);

        assertThat(listed.status()).isEqualTo(200);
        JsonNode reviews = listed.body().path("reviews");
        assertThat(reviews).hasSize(2);
        assertThat(reviews.get(0).path("rating").asInt()).isEqualTo(3);
        assertThat(reviews.get(1).path("rating").asInt()).isEqualTo(5);
    }

    @Test
    void shouldShowWhoWroteAReviewOnlyToItsWriterTheProfilesOwnerAndAdmins() {
        String artisanUserId = newId("artisan");
        String customerId = newId("customer");
        String profileId = createProfile(ARTISAN, artisanUserId);
        String bookingId = confirmedBooking(ARTISAN, customerId, artisanUserId, profileId);
        ARTISAN.apiAs(customerId, Role.CUSTOMER).post("/api/v1/reviews", review(profileId, bookingId, 4));
        String path = "/api/v1/reviews?profileId=" + profileId;

        JsonNode toStranger = ARTISAN.apiAs(newId("customer"), Role.CUSTOMER).get(path).body().path("reviews").get(0);
        JsonNode toOtherArtisan = ARTISAN.apiAs(newId("artisan"), Role.ARTISAN).get(path).body().path("reviews").get(0);
        JsonNode toWriter = ARTISAN.apiAs(customerId, Role.CUSTOMER).get(path).body().path("reviews").get(0);
        JsonNode toOwner = ARTISAN.apiAs(artisanUserId, Role.ARTISAN).get(path).body().path("reviews").get(0);
        JsonNode toAdmin = ARTISAN.apiAs(newId("admin"), Role.ADMIN).get(path).body().path("reviews").get(0);

        assertThat(toStranger.path("customerId").isNull()).isTrue();
        assertThat(toStranger.path("bookingId").isNull()).isTrue();
        assertThat(toStranger.path("rating").asInt()).isEqualTo(4);
        assertThat(toOtherArtisan.path("customerId").isNull()).isTrue();
        assertThat(toWriter.path("customerId").asText()).isEqualTo(customerId);
        assertThat(toOwner.path("customerId").asText()).isEqualTo(customerId);
        assertThat(toAdmin.path("bookingId").asText()).isEqualTo(bookingId);
    }

    @Test
    void shouldRefuseASecondReviewOfTheSameProfileByOneCustomerEvenForAnotherBooking() {
        String artisanUserId = newId("artisan");
        String customerId = newId("customer");
        String profileId = createProfile(ARTISAN, artisanUserId);
        var customer = ARTISAN.apiAs(customerId, Role.CUSTOMER);
        assertThat(customer.post("/api/v1/reviews", review(profileId,
                confirmedBooking(ARTISAN, customerId, artisanUserId, profileId), 1)).status()).isEqualTo(201);
        String another = confirmedBooking(ARTISAN, customerId, artisanUserId, profileId);

        ApiResponse second = ARTISAN.assertNothingWrittenOrPublishedBy(() ->
                customer.post("/api/v1/reviews", review(profileId, another, 1)));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.errorCode()).isEqualTo("already_reviewed");
    }

    @Test
    void shouldCountOneReviewPerCustomerInTheFiguresWhateverIsStored() {
        String artisanUserId = newId("artisan");
        String profileId = createProfile(ARTISAN, artisanUserId);
        String spammer = newId("customer");
        String other = newId("customer");
        for (int n = 0; n < 8; n++) {
            ARTISAN.publish(new ReviewCreated(newId("review"), profileId, spammer, 1, "Bad"), ServiceName.ARTISAN);
        }
        ARTISAN.publish(new ReviewCreated(newId("review"), profileId, other, 5, "Good"), ServiceName.ARTISAN);
        await().atMost(ArtisanTesting.WAIT).until(() -> ARTISAN.count(
                "SELECT COUNT(*) FROM reviews WHERE profile_id = ?", profileId) == 9);

        JsonNode figures = ArtisanTesting.figures(ARTISAN, profileId);

        assertThat(figures.path("reviewCount").asLong()).isEqualTo(2);
        assertThat(figures.path("averageRating").decimalValue()).isEqualByComparingTo("3");
    }

    @Test
    void shouldRefuseASecondReviewOfTheSameBooking() {
        String artisanUserId = newId("artisan");
        String customerId = newId("customer");
        String profileId = createProfile(ARTISAN, artisanUserId);
        String bookingId = confirmedBooking(ARTISAN, customerId, artisanUserId, profileId);
        var customer = ARTISAN.apiAs(customerId, Role.CUSTOMER);
        assertThat(customer.post("/api/v1/reviews", review(profileId, bookingId, 5)).status()).isEqualTo(201);

        ApiResponse second = ARTISAN.assertNothingWrittenOrPublishedBy(() ->
                customer.post("/api/v1/reviews", review(profileId, bookingId, 1)));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.errorCode()).isEqualTo("conflict");
    }

    @Test
    void shouldRefuseAReviewBeforeTheBookingIsConfirmed() {
        String artisanUserId = newId("artisan");
        String customerId = newId("customer");
        String profileId = createProfile(ARTISAN, artisanUserId);
        String pending = newId("booking");
        ARTISAN.publish(new BookingCreated(pending, customerId, artisanUserId, profileId, "Plumbing", "pending"),
                ServiceName.TRANSACTION);
        String cancelled = newId("booking");
        ARTISAN.publish(new BookingCancelled(cancelled, customerId, artisanUserId, CancelledBy.CUSTOMER, Optional.empty()),
                ServiceName.TRANSACTION);
        await().atMost(ArtisanTesting.WAIT).until(() -> ARTISAN.count(
                "SELECT COUNT(*) FROM bookings WHERE booking_id IN (?, ?)", pending, cancelled) == 2);
        var customer = ARTISAN.apiAs(customerId, Role.CUSTOMER);

        ApiResponse onPending = ARTISAN.assertNothingWrittenOrPublishedBy(() ->
                customer.post("/api/v1/reviews", review(profileId, pending, 5)));
        ApiResponse onCancelled = ARTISAN.assertNothingWrittenOrPublishedBy(() ->
                customer.post("/api/v1/reviews", review(profileId, cancelled, 5)));
        ApiResponse onUnknown = ARTISAN.assertNothingWrittenOrPublishedBy(() ->
                customer.post("/api/v1/reviews", review(profileId, newId("booking"), 5)));

        assertThat(onPending.status()).isEqualTo(409);
        assertThat(onCancelled.status()).isEqualTo(409);
        assertThat(onUnknown.status()).isEqualTo(409);
    }

    @Test
    void shouldRefuseAReviewOfAnotherArtisansProfile() {
        String artisanUserId = newId("artisan");
        String customerId = newId("customer");
        String profileId = createProfile(ARTISAN, artisanUserId);
        String otherProfileId = createProfile(ARTISAN, newId("artisan"));
        String bookingId = confirmedBooking(ARTISAN, customerId, artisanUserId, profileId);

        ApiResponse refused = ARTISAN.assertNothingWrittenOrPublishedBy(() ->
                ARTISAN.apiAs(customerId, Role.CUSTOMER).post("/api/v1/reviews", review(otherProfileId, bookingId, 5)));

        assertThat(refused.status()).isEqualTo(409);
    }

    @Test
    void shouldRefuseAReviewOfAnotherCustomersBooking() {
        String artisanUserId = newId("artisan");
        String profileId = createProfile(ARTISAN, artisanUserId);
        String bookingId = confirmedBooking(ARTISAN, newId("customer"), artisanUserId, profileId);

        ApiResponse refused = ARTISAN.assertNothingWrittenOrPublishedBy(() ->
                ARTISAN.apiAs(newId("customer"), Role.CUSTOMER).post("/api/v1/reviews", review(profileId, bookingId, 5)));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.errorCode()).isEqualTo("forbidden");
    }

    @Test
    void shouldRefuseReviewsFromArtisansAdminsAndStrangers() {
        String profileId = createProfile(ARTISAN, newId("artisan"));
        Map<String, Object> body = review(profileId, newId("booking"), 5);

        ApiResponse artisan = ARTISAN.assertNothingWrittenOrPublishedBy(() ->
                ARTISAN.apiAs(newId("artisan"), Role.ARTISAN).post("/api/v1/reviews", body));
        ApiResponse admin = ARTISAN.assertNothingWrittenOrPublishedBy(() ->
                ARTISAN.apiAs(newId("admin"), Role.ADMIN).post("/api/v1/reviews", body));
        ApiResponse anonymous = ARTISAN.assertNothingWrittenOrPublishedBy(() -> ARTISAN.api().post("/api/v1/reviews", body));

        assertThat(artisan.status()).isEqualTo(403);
        assertThat(admin.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(ARTISAN.api().get("/api/v1/reviews?profileId=" + profileId).status()).isEqualTo(401);
    }

    @Test
    void shouldNameEveryBadFieldOfAReview() {
        ApiResponse refused = ARTISAN.assertNothingWrittenOrPublishedBy(() ->
                ARTISAN.apiAs(newId("customer"), Role.CUSTOMER).post("/api/v1/reviews",
                        Map.of("profileId", "p", "rating", 6, "title", " ", "text", "x".repeat(5_001))));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.badFields()).containsExactlyInAnyOrder("bookingId", "rating", "title", "text");
    }

    @Test
    void shouldAnswerNotFoundForTheReviewsOfAnUnknownProfile() {
        String customerId = newId("customer");
        ApiResponse create = ARTISAN.assertNothingWrittenOrPublishedBy(() ->
                ARTISAN.apiAs(customerId, Role.CUSTOMER).post("/api/v1/reviews", review(newId("profile"), newId("booking"), 5)));
        ApiResponse list = ARTISAN.apiAs(customerId, Role.CUSTOMER).get("/api/v1/reviews?profileId=" + newId("profile"));
        ApiResponse noProfile = ARTISAN.apiAs(customerId, Role.CUSTOMER).get("/api/v1/reviews");

        assertThat(create.status()).isEqualTo(404);
        assertThat(list.status()).isEqualTo(404);
        assertThat(noProfile.status()).isEqualTo(400);
    }

    private static Map<String, Object> review(String profileId, String bookingId, int rating) {
        return Map.of("profileId", profileId, "bookingId", bookingId, "rating", rating, "title", "Quick and tidy",
                "text", "Fixed the leak in an hour.");
    }
}
