package ng.korrect.artisan;

import static ng.korrect.artisan.ArtisanTesting.confirmedBooking;
import static ng.korrect.artisan.ArtisanTesting.figures;
import static ng.korrect.artisan.ArtisanTesting.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.BookingCreated;
import ng.korrect.catalog.payload.ReviewCreated;
import ng.korrect.catalog.payload.Role;
import ng.korrect.catalog.payload.UserDeleted;
import ng.korrect.catalog.payload.UserUpdated;
import ng.korrect.service.testing.ApiResponse;
import ng.korrect.service.testing.ServiceFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class UserDeletedIT {

    static final UsersStub USERS = UsersStub.start();

    @RegisterExtension
    static final ServiceFixture<ArtisanService> ARTISAN = ServiceFixture.of(ServiceName.ARTISAN, config ->
            new ArtisanService(config, ArtisanSettings.fromMap(Map.of(ArtisanSettings.USERS_URL, USERS.url())),
                    Clock.systemUTC()));

    @Test
    void shouldRemoveADeletedArtisansProfileAndPersonalDataEverywhere() {
        String artisanUserId = newId("artisan");
        String email = artisanUserId + "@example.ng";
        String profileId = artisanWithEverything(artisanUserId, "Folasade", "Adeyemi-Artisan");

        Event<UserDeleted> deleted = ARTISAN.publish(new UserDeleted(artisanUserId, email), ServiceName.USERS);

        awaitHandled(deleted);
        assertThat(ARTISAN.apiAs(newId("reader"), Role.CUSTOMER).get("/api/v1/artisans/" + profileId).status())
                .isEqualTo(404);
        assertThat(ARTISAN.count("SELECT COUNT(*) FROM verification_applications WHERE user_id = ?", artisanUserId)).isZero();
        assertThat(ARTISAN.count("SELECT COUNT(*) FROM profile_services WHERE profile_id = ?", profileId)).isZero();
        assertThat(ARTISAN.count("SELECT COUNT(*) FROM reviews WHERE profile_id = ?", profileId)).isZero();
        assertThat(ARTISAN.count("SELECT COUNT(*) FROM bookings WHERE artisan_user_id = ?", artisanUserId)).isZero();
        assertThat(textsInEveryTable()).noneMatch(text -> text.contains("Folasade") || text.contains("Adeyemi-Artisan")
                || text.contains(email) || text.contains("passport-" + artisanUserId));
    }

    @Test
    void shouldKeepADeletedCustomersReviewsForTheirRatingButEraseTheirWords() {
        String artisanUserId = newId("artisan");
        String customerId = newId("customer");
        String profileId = ArtisanTesting.createProfile(ARTISAN, artisanUserId);
        String bookingId = confirmedBooking(ARTISAN, customerId, artisanUserId, profileId);
        ApiResponse review = ARTISAN.apiAs(customerId, Role.CUSTOMER).post("/api/v1/reviews", Map.of("profileId", profileId,
                "bookingId", bookingId, "rating", 2, "title", "Chinedu Okonkwo-Customer says meh",
                "text", "I am Chinedu Okonkwo-Customer, call me on 0803 000 0000"));
        assertThat(review.status()).isEqualTo(201);
        JsonNode figuresBefore = figures(ARTISAN, profileId);

        Event<UserDeleted> deleted = ARTISAN.publish(new UserDeleted(customerId, customerId + "@example.ng"),
                ServiceName.USERS);

        awaitHandled(deleted);
        JsonNode kept = ARTISAN.apiAs(newId("reader"), Role.CUSTOMER).get("/api/v1/reviews?profileId=" + profileId)
                .body().path("reviews").get(0);
        assertThat(kept.path("reviewId").asText()).isEqualTo(review.body().path("reviewId").asText());
        assertThat(kept.path("rating").asInt()).isEqualTo(2);
        assertThat(kept.path("anonymised").asBoolean()).isTrue();
        assertThat(kept.path("customerId").isNull()).isTrue();
        assertThat(kept.path("title").isNull()).isTrue();
        assertThat(kept.path("text").isNull()).isTrue();
        assertThat(figures(ARTISAN, profileId)).isEqualTo(figuresBefore);
        assertThat(ARTISAN.count("SELECT COUNT(*) FROM bookings WHERE customer_id = ?", customerId)).isZero();
        assertThat(ARTISAN.count("SELECT COUNT(*) FROM bookings WHERE booking_id = ?", bookingId)).isEqualTo(1);
        assertThat(textsInEveryTable()).noneMatch(text -> text.contains("Chinedu") || text.contains("0803"));
    }

    @Test
    void shouldChangeNothingOnASecondDeliveryOfTheSameDeletion() {
        String artisanUserId = newId("artisan");
        artisanWithEverything(artisanUserId, "Emeka", "Nwosu-Second");
        Event<UserDeleted> deleted = ARTISAN.publish(new UserDeleted(artisanUserId, artisanUserId + "@example.ng"),
                ServiceName.USERS);
        awaitHandled(deleted);
        Map<String, List<Map<String, Object>>> before = dataTables();
        long handledBefore = handledCount();

        ARTISAN.service().context().bus().publisher(ServiceName.USERS).publish(deleted);
        Event<UserDeleted> again = ARTISAN.publish(deleted.payload(), ServiceName.USERS);

        awaitHandled(again);
        await().atMost(ArtisanTesting.WAIT).until(() -> ARTISAN.redis()
                .xpending("korrect:events:user.deleted", "artisan").getCount() == 0);
        assertThat(handledCount()).isEqualTo(handledBefore + 1);
        assertThat(dataTables()).isEqualTo(before);
    }

    @Test
    void shouldStoreNothingOfAnErasedUserFromEventsThatArriveAfterTheDeletion() {
        String artisanUserId = newId("artisan");
        String customerId = newId("customer");
        String profileId = ArtisanTesting.createProfile(ARTISAN, newId("artisan"));
        awaitHandled(ARTISAN.publish(new UserDeleted(artisanUserId, artisanUserId + "@example.ng"), ServiceName.USERS));
        awaitHandled(ARTISAN.publish(new UserDeleted(customerId, customerId + "@example.ng"), ServiceName.USERS));

        Event<BookingCreated> lateBooking = ARTISAN.publish(new BookingCreated(newId("booking"), customerId, artisanUserId,
                newId("profile"), "Plumbing", "pending"), ServiceName.TRANSACTION);
        String reviewId = UUID.randomUUID().toString();
        Event<ReviewCreated> lateReview = ARTISAN.publish(new ReviewCreated(reviewId, profileId, customerId, 4,
                "Written before the deletion"), ServiceName.ARTISAN);

        awaitHandled(lateBooking);
        awaitHandled(lateReview);
        assertThat(ARTISAN.count("SELECT COUNT(*) FROM bookings WHERE artisan_user_id = ?", artisanUserId)).isZero();
        List<Map<String, Object>> review = ARTISAN.rows("SELECT customer_id, title, rating, anonymised FROM reviews "
                + "WHERE review_id = ?", reviewId);
        assertThat(review).hasSize(1);
        assertThat(review.get(0).get("customer_id")).isNull();
        assertThat(review.get(0).get("title")).isNull();
        assertThat(((Number) review.get(0).get("rating")).intValue()).isEqualTo(4);
    }

    /** A profile with synced owner names, an application with documents, a booking and a review of it. */
    private static String artisanWithEverything(String artisanUserId, String firstName, String lastName) {
        String profileId = ArtisanTesting.createProfile(ARTISAN, artisanUserId);
        USERS.answer(artisanUserId, firstName, lastName);
        ARTISAN.publish(new UserUpdated(artisanUserId, List.of("firstName", "lastName")), ServiceName.USERS);
        await().atMost(ArtisanTesting.WAIT).until(() -> ARTISAN.count(
                "SELECT COUNT(*) FROM artisan_profiles WHERE user_id = ? AND owner_last_name = ?", artisanUserId, lastName) == 1);
        ApiResponse applied = ARTISAN.apiAs(artisanUserId, Role.ARTISAN).post("/api/v1/verification/applications",
                Map.of("documents", List.of("passport-" + artisanUserId + " issued to " + firstName + " " + lastName)));
        assertThat(applied.status()).isEqualTo(201);
        String customerId = newId("customer");
        String bookingId = confirmedBooking(ARTISAN, customerId, artisanUserId, profileId);
        assertThat(ARTISAN.apiAs(customerId, Role.CUSTOMER).post("/api/v1/reviews", Map.of("profileId", profileId,
                "bookingId", bookingId, "rating", 5, "title", "Thanks " + firstName, "text", "Great work")).status())
                .isEqualTo(201);
        return profileId;
    }

    private static void awaitHandled(Event<?> event) {
        await().atMost(ArtisanTesting.WAIT).until(() -> ARTISAN.count("SELECT COUNT(*) FROM korrect_handled_events "
                + "WHERE group_name = 'artisan' AND CAST(event_id AS VARCHAR(36)) = ?", event.id().toString()) == 1);
    }

    private static long handledCount() {
        return ARTISAN.count("SELECT COUNT(*) FROM korrect_handled_events WHERE group_name = 'artisan'");
    }

    private static List<String> tableNames() {
        return ARTISAN.rows("SELECT table_name FROM information_schema.tables WHERE LOWER(table_schema) = LOWER(?) "
                + "AND table_type IN ('BASE TABLE', 'TABLE')", ARTISAN.service().context().database().schema())
                .stream().map(row -> String.valueOf(row.get("table_name")))
                .filter(name -> !name.toLowerCase().startsWith("flyway")).toList();
    }

    /** Every row of the service's own tables (not the outbox and handled events), by table. */
    private static Map<String, List<Map<String, Object>>> dataTables() {
        Map<String, List<Map<String, Object>>> tables = new TreeMap<>();
        for (String table : tableNames()) {
            if (!table.toLowerCase().startsWith("korrect_")) {
                tables.put(table, ARTISAN.rows("SELECT * FROM " + table).stream()
                        .map(row -> (Map<String, Object>) new TreeMap<>(row)).toList());
            }
        }
        return tables;
    }

    /** Every value of every row of every table (the outbox's event payloads too), as text. */
    private static List<String> textsInEveryTable() {
        return tableNames().stream().flatMap(table -> ARTISAN.rows("SELECT * FROM " + table).stream())
                .flatMap(row -> row.values().stream()).map(value -> Optional.ofNullable(value).map(String::valueOf)
                        .orElse("")).toList();
    }
}
