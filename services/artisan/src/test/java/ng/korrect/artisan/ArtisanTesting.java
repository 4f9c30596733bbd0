package ng.korrect.artisan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.BookingConfirmed;
import ng.korrect.catalog.payload.BookingCreated;
import ng.korrect.catalog.payload.Role;
import ng.korrect.service.testing.ApiResponse;
import ng.korrect.service.testing.ServiceFixture;

/** What the artisan service's API tests share: ids, a profile, a confirmed booking fed as events. */
final class ArtisanTesting {

    static final Duration WAIT = Duration.ofSeconds(15);

    private ArtisanTesting() {
    }

    /** A fresh user id with that prefix. */
    static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    /** A profile body. */
    static Map<String, Object> profileBody(String displayName) {
        return Map.of("displayName", displayName, "servicesOffered", List.of("Plumbing", "Tiling"),
                "location", "Yaba, Lagos");
    }

    /** Creates a profile for that artisan user through the API and returns its id. */
    static String createProfile(ServiceFixture<ArtisanService> artisan, String artisanUserId) {
        ApiResponse created = artisan.apiAs(artisanUserId, Role.ARTISAN).post("/api/v1/artisans",
                profileBody("Ade's Plumbing"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.body().path("profileId").asText();
    }

    /** Publishes booking.created and booking.confirmed as Transaction would, and waits until both are applied. */
    static String confirmedBooking(ServiceFixture<ArtisanService> artisan, String customerId, String artisanUserId,
                                   String profileId) {
        String bookingId = newId("booking");
        artisan.publish(new BookingCreated(bookingId, customerId, artisanUserId, profileId, "Plumbing", "pending"),
                ServiceName.TRANSACTION);
        artisan.publish(new BookingConfirmed(bookingId, customerId, artisanUserId, new BigDecimal("25000.00")),
                ServiceName.TRANSACTION);
        await().atMost(WAIT).until(() -> artisan.count(
                "SELECT COUNT(*) FROM bookings WHERE booking_id = ? AND created AND confirmed", bookingId) == 1);
        return bookingId;
    }

    /** The figures of the profile, read through the API. */
    static JsonNode figures(ServiceFixture<ArtisanService> artisan, String profileId) {
        ApiResponse profile = artisan.apiAs(newId("reader"), Role.CUSTOMER).get("/api/v1/artisans/" + profileId);
        assertThat(profile.status()).as(profile.toString()).isEqualTo(200);
        return profile.body().path("figures");
    }

    /** Waits until the profile's figures satisfy the check, and returns them. */
    static JsonNode awaitFigures(ServiceFixture<ArtisanService> artisan, String profileId,
                                 java.util.function.Predicate<JsonNode> check) {
        return await().atMost(WAIT).until(() -> Optional.of(figures(artisan, profileId)), f -> check.test(f.get())).get();
    }
}
