package ng.korrect.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import ng.korrect.catalog.ServiceName;
import ng.korrect.service.testing.ApiClient;
import ng.korrect.service.testing.ApiResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trust rules across the real services: a booking's profile and artisan are checked with the artisan
 * service, a booking is paid its quoted price and confirmed by its customer before it can be reviewed, one
 * review per customer and profile counts, a stranger's cancelled bookings leave the artisan's figures alone,
 * and the notices of a booking and of its review reach the profile's real owner, never the user a request named.
 */
class TrustAcrossServicesIT {

    private static final String ADMIN_PASSWORD = "Trust-Admin-2026";
    private static final String PASSWORD = "Quite-Long-Password-9";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dataDir;

    @Test
    void shouldKeepFiguresAndNoticesTrueToTheRealArtisanAcrossTheServices() {
        try (Platform platform = Platform.start(PlatformSettings.fromMap(environment()), List.of())) {
            ApiClient users = api(platform, ServiceName.USERS);
            String customer = account(users, "ada@trust-test.ng", "customer");
            String stranger = account(users, "sly@trust-test.ng", "customer");
            String emekaToken = account(users, "emeka@trust-test.ng", "artisan");
            String malloryToken = account(users, "mallory@trust-test.ng", "artisan");
            ApiClient artisans = api(platform, ServiceName.ARTISAN);
            ApiResponse profile = artisans.as(emekaToken).post("/api/v1/artisans", Map.of("displayName", "Emeka Tiling",
                    "servicesOffered", List.of("tiling"), "location", "Lagos"));
            assertThat(profile.status()).as(profile.toString()).isEqualTo(201);
            String profileId = profile.body().path("profileId").asText();
            String emekaId = profile.body().path("userId").asText();
            String malloryId = artisans.as(malloryToken).post("/api/v1/artisans", Map.of("displayName", "Mal",
                    "servicesOffered", List.of("tiling"), "location", "Lagos")).body().path("userId").asText();
            ApiClient transactions = api(platform, ServiceName.TRANSACTION);

            ApiResponse wrongOwner = transactions.as(customer).post("/api/v1/bookings",
                    booking(malloryId, profileId));
            ApiResponse ghost = transactions.as(customer).post("/api/v1/bookings", booking("ghost", profileId));
            assertThat(wrongOwner.status()).as(wrongOwner.toString()).isEqualTo(422);
            assertThat(ghost.status()).isEqualTo(422);

            String first = paidAndConfirmed(transactions, customer, transactions.as(emekaToken),
                    emekaId, profileId);
            ApiResponse review = awaitReview(artisans.as(customer), profileId, first);
            assertThat(review.status()).as(review.toString()).isEqualTo(201);
            String second = paidAndConfirmed(transactions, customer, transactions.as(emekaToken), emekaId, profileId);
            assertThat(awaitReview(artisans.as(customer), profileId, second).body().path("error").path("code")
                    .asText()).isEqualTo("already_reviewed");

            for (int n = 0; n < 3; n++) {
                String bookingId = transactions.as(stranger).post("/api/v1/bookings", booking(emekaId, profileId))
                        .body().path("bookingId").asText();
                assertThat(transactions.as(stranger).post("/api/v1/bookings/" + bookingId + "/cancel", Map.of())
                        .status()).isEqualTo(200);
            }
            JsonNode figures = await().atMost(WAIT).until(() -> artisans.as(malloryToken).get("/api/v1/artisans/"
                    + profileId).body().path("figures"), f -> f.path("cancelledJobs").asLong() == 3);
            assertThat(figures.path("completedJobs").asLong()).isEqualTo(2);
            assertThat(figures.path("completionRate").decimalValue()).isEqualByComparingTo("1");
            assertThat(figures.path("reviewCount").asLong()).isEqualTo(1);
            assertThat(artisans.as(malloryToken).get("/api/v1/reviews?profileId=" + profileId).body().path("reviews")
                    .get(0).path("customerId").isNull()).isTrue();

            ApiClient notifications = api(platform, ServiceName.PLATFORM);
            await().atMost(WAIT).until(() -> kinds(notifications.as(emekaToken)).contains("review.created"));
            assertThat(kinds(notifications.as(emekaToken))).contains("booking.created");
            assertThat(kinds(notifications.as(malloryToken))).doesNotContain("booking.created", "review.created");
        }
    }

    private static String paidAndConfirmed(ApiClient transactions, String customer, ApiClient artisan, String artisanId,
                                           String profileId) {
        ApiResponse booked = transactions.as(customer).post("/api/v1/bookings", booking(artisanId, profileId));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        String bookingId = booked.body().path("bookingId").asText();
        assertThat(transactions.as(customer).post("/api/v1/payments", Map.of("bookingId", bookingId,
                "amount", "0.01")).status()).isEqualTo(409);
        assertThat(transactions.as(customer).post("/api/v1/payments", Map.of("bookingId", bookingId,
                "amount", "20000.00")).status()).isEqualTo(201);
        assertThat(artisan.post("/api/v1/bookings/" + bookingId + "/confirm", Map.of()).status()).isEqualTo(403);
        ApiResponse confirmed = transactions.as(customer).post("/api/v1/bookings/" + bookingId + "/confirm", Map.of());
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        return bookingId;
    }

    /** Reviews the booking once the artisan service has learnt of its confirmation (409 "not confirmed" until then). */
    private static ApiResponse awaitReview(ApiClient customer, String profileId, String bookingId) {
        Map<String, Object> body = Map.of("profileId", profileId, "bookingId", bookingId, "rating", 5, "title", "Great",
                "text", "Neat work");
        return await().atMost(WAIT).until(() -> customer.post("/api/v1/reviews", body), answer -> answer.status() == 201
                || "already_reviewed".equals(answer.body().path("error").path("code").asText()));
    }

    private static Map<String, Object> booking(String artisanId, String profileId) {
        return Map.of("artisanId", artisanId, "artisanProfileId", profileId, "service", "tiling", "quotedPrice", "20000.00");
    }

    private static List<String> kinds(ApiClient user) {
        JsonNode inbox = user.get("/api/v1/notifications?limit=100").body().path("notifications");
        return StreamSupport.stream(inbox.spliterator(), false).map(n -> n.path("kind").asText()).toList();
    }

    private static String account(ApiClient users, String email, String role) {
        ApiResponse registered = users.post("/api/v1/auth/register", Map.of("email", email, "password", PASSWORD,
                "firstName", "Test", "lastName", "User", "role", role));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return users.post("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD)).body()
                .path("accessToken").asText();
    }

    private static ApiClient api(Platform platform, ServiceName service) {
        return ApiClient.at("http://127.0.0.1:" + platform.ports().get(service));
    }

    private Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        env.put("KORRECT_DATA_DIR", dataDir.toString());
        env.put("KORRECT_REDIS_PORT", "0");
        env.put("KORRECT_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("KORRECT_USERS_BCRYPT_COST", "4");
        for (ServiceName name : ServiceName.values()) {
            env.put(PlatformSettings.portVariable(name), "0");
        }
        return env;
    }
}
