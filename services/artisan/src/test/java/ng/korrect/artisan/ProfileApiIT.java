package ng.korrect.artisan;

import static ng.korrect.artisan.ArtisanTesting.createProfile;
import static ng.korrect.artisan.ArtisanTesting.newId;
import static ng.korrect.artisan.ArtisanTesting.profileBody;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.Role;
import ng.korrect.service.testing.ApiResponse;
import ng.korrect.service.testing.ServiceFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProfileApiIT {

    @RegisterExtension
    static final ServiceFixture<ArtisanService> ARTISAN = ServiceFixture.of(ServiceName.ARTISAN, ArtisanService::new);

    @Test
    void shouldCreateAnUnverifiedProfileWithNeutralFigures() {
        String artisanUserId = newId("artisan");

        ApiResponse created = ARTISAN.apiAs(artisanUserId, Role.ARTISAN).post("/api/v1/artisans",
                Map.of("displayName", "  Ade's Plumbing ", "servicesOffered", List.of("Plumbing", "Tiling"),
                        "location", "Yaba, Lagos"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode profile = created.body();
        assertThat(profile.path("profileId").asText()).isNotBlank();
        assertThat(profile.path("userId").asText()).isEqualTo(artisanUserId);
        assertThat(profile.path("displayName").asText()).isEqualTo("Ade's Plumbing");
        assertThat(texts(profile.path("servicesOffered"))).containsExactly("Plumbing", "Tiling");
        assertThat(profile.path("location").asText()).isEqualTo("Yaba, Lagos");
        assertThat(profile.path("verificationStatus").asText()).isEqualTo("unverified");
        JsonNode figures = profile.path("figures");
        assertThat(figures.path("bookingCount").asLong()).isZero();
        assertThat(figures.path("completedJobs").asLong()).isZero();
        assertThat(figures.path("reviewCount").asLong()).isZero();
        assertThat(figures.path("completionRate").isNull()).isTrue();
        assertThat(figures.path("averageRating").isNull()).isTrue();
        assertThat(figures.path("trustScore").asDouble()).isEqualTo(45.0);
        ApiResponse read = ARTISAN.apiAs(newId("customer"), Role.CUSTOMER)
                .get("/api/v1/artisans/" + profile.path("profileId").asText());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).isEqualTo(profile);
    }

    @Test
    void shouldRefuseASecondProfileOfTheSameArtisan() {
        String artisanUserId = newId("artisan");
        createProfile(ARTISAN, artisanUserId);

        ApiResponse second = ARTISAN.assertNothingWrittenOrPublishedBy(() ->
                ARTISAN.apiAs(artisanUserId, Role.ARTISAN).post("/api/v1/artisans", profileBody("Another")));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.errorCode()).isEqualTo("conflict");
    }

    @Test
    void shouldNameEveryBadFieldOfAProfile() {
        List<String> services = new ArrayList<>(List.of("Plumbing", " ", "plumbing"));
        ApiResponse refused = ARTISAN.assertNothingWrittenOrPublishedBy(() ->
                ARTISAN.apiAs(newId("artisan"), Role.ARTISAN).post("/api/v1/artisans",
                        Map.of("servicesOffered", services, "location", "x".repeat(201))));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorCode()).isEqualTo("validation_failed");
        assertThat(refused.badFields()).containsExactlyInAnyOrder("displayName", "servicesOffered[1]",
                "servicesOffered[2]", "location");
    }

    @Test
    void shouldRefuseOverridesAndLineBreaksInWhatOthersSeeOfAProfile() {
        ApiResponse refused = ARTISAN.assertNothingWrittenOrPublishedBy(() ->
                ARTISAN.apiAs(newId("artisan"), Role.ARTISAN).post("/api/v1/artisans", Map.of(
                        "displayName", "Ade \u202Egnp.exe", "servicesOffered", List.of("Plumbing", "Tiling\r\nBcc: x"),
                        "location", "Lagos\u0000")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.badFields()).containsExactlyInAnyOrder("displayName", "servicesOffered[1]", "location");
    }

    @Test
    void shouldRefuseAnEmptyListOfServices() {
        ApiResponse refused = ARTISAN.assertNothingWrittenOrPublishedBy(() ->
                ARTISAN.apiAs(newId("artisan"), Role.ARTISAN).post("/api/v1/artisans",
                        Map.of("displayName", "Ade", "servicesOffered", List.of(), "location", "Lagos")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.badFields()).containsExactly("servicesOffered");
    }

    @Test
    void shouldRefuseAProfileWithoutAValidToken() {
        ApiResponse anonymous = ARTISAN.assertNothingWrittenOrPublishedBy(() ->
                ARTISAN.api().post("/api/v1/artisans", profileBody("Ade")));
        ApiResponse forged = ARTISAN.assertNothingWrittenOrPublishedBy(() ->
                ARTISAN.api().as("not-a-token").post("/api/v1/artisans", profileBody("Ade")));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.errorCode()).isEqualTo("unauthorized");
    }

    @Test
    void shouldRefuseAProfileForACustomerOrAnAdmin() {
        ApiResponse customer = ARTISAN.assertNothingWrittenOrPublishedBy(() ->
                ARTISAN.apiAs(newId("customer"), Role.CUSTOMER).post("/api/v1/artisans", profileBody("Ade")));
        ApiResponse admin = ARTISAN.assertNothingWrittenOrPublishedBy(() ->
                ARTISAN.apiAs(newId("admin"), Role.ADMIN).post("/api/v1/artisans", profileBody("Ade")));

        assertThat(customer.status()).isEqualTo(403);
        assertThat(admin.status()).isEqualTo(403);
    }

    @Test
    void shouldUpdateTheArtisansOwnProfile() {
        String artisanUserId = newId("artisan");
        String profileId = createProfile(ARTISAN, artisanUserId);

        ApiResponse updated = ARTISAN.apiAs(artisanUserId, Role.ARTISAN).put("/api/v1/artisans/" + profileId,
                Map.of("displayName", "Ade & Sons", "servicesOffered", List.of("Electrical"), "location", "Ikeja"));

        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.body().path("displayName").asText()).isEqualTo("Ade & Sons");
        assertThat(texts(updated.body().path("servicesOffered"))).containsExactly("Electrical");
        assertThat(updated.body().path("location").asText()).isEqualTo("Ikeja");
        ApiResponse mine = ARTISAN.apiAs(artisanUserId, Role.ARTISAN).get("/api/v1/artisans/me");
        assertThat(mine.body().path("displayName").asText()).isEqualTo("Ade & Sons");
    }

    @Test
    void shouldRefuseUpdatingAnotherArtisansProfile() {
        String profileId = createProfile(ARTISAN, newId("artisan"));

        ApiResponse refused = ARTISAN.assertNothingWrittenOrPublishedBy(() ->
                ARTISAN.apiAs(newId("artisan"), Role.ARTISAN).put("/api/v1/artisans/" + profileId, profileBody("Mine now")));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.errorCode()).isEqualTo("forbidden");
    }

    @Test
    void shouldRefuseABadUpdateNamingTheFields() {
        String artisanUserId = newId("artisan");
        String profileId = createProfile(ARTISAN, artisanUserId);

        ApiResponse refused = ARTISAN.assertNothingWrittenOrPublishedBy(() ->
                ARTISAN.apiAs(artisanUserId, Role.ARTISAN).put("/api/v1/artisans/" + profileId,
                        Map.of("displayName", "", "servicesOffered", "Plumbing")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.badFields()).containsExactlyInAnyOrder("displayName", "servicesOffered", "location");
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownProfile() {
        String unknown = newId("profile");
        ApiResponse read = ARTISAN.apiAs(newId("customer"), Role.CUSTOMER).get("/api/v1/artisans/" + unknown);
        ApiResponse update = ARTISAN.assertNothingWrittenOrPublishedBy(() ->
                ARTISAN.apiAs(newId("artisan"), Role.ARTISAN).put("/api/v1/artisans/" + unknown, profileBody("Ade")));
        ApiResponse mine = ARTISAN.apiAs(newId("artisan"), Role.ARTISAN).get("/api/v1/artisans/me");

        assertThat(read.status()).isEqualTo(404);
        assertThat(read.errorCode()).isEqualTo("not_found");
        assertThat(update.status()).isEqualTo(404);
        assertThat(mine.status()).isEqualTo(404);
    }

    @Test
    void shouldRefuseReadingProfilesWithoutAToken() {
        String profileId = createProfile(ARTISAN, newId("artisan"));

        assertThat(ARTISAN.api().get("/api/v1/artisans/" + profileId).status()).isEqualTo(401);
        assertThat(ARTISAN.api().get("/api/v1/artisans").status()).isEqualTo(401);
    }

    @Test
    void shouldSearchProfilesByServiceAndLocation() {
        String town = "Town" + newId("").replace("-", "");
        String electrician = newId("artisan");
        String painter = newId("artisan");
        ARTISAN.apiAs(electrician, Role.ARTISAN).post("/api/v1/artisans",
                Map.of("displayName", "Sparks", "servicesOffered", List.of("Electrical wiring"), "location", town + ", Lagos"));
        ARTISAN.apiAs(painter, Role.ARTISAN).post("/api/v1/artisans",
                Map.of("displayName", "Brush", "servicesOffered", List.of("Painting"), "location", town + ", Abuja"));
        var reader = ARTISAN.apiAs(newId("customer"), Role.CUSTOMER);

        ApiResponse byService = reader.get("/api/v1/artisans?service=WIRING&location=" + town.toLowerCase());
        ApiResponse byLocation = reader.get("/api/v1/artisans?location=" + town);
        ApiResponse paged = reader.get("/api/v1/artisans?location=" + town + "&limit=1&offset=1");

        assertThat(byService.status()).isEqualTo(200);
        assertThat(userIds(byService)).containsExactly(electrician);
        assertThat(userIds(byLocation)).containsExactly(electrician, painter);
        assertThat(userIds(paged)).containsExactly(painter);
        assertThat(byLocation.body().path("profiles").get(0).path("figures").path("trustScore").asDouble()).isEqualTo(45.0);
    }

    @Test
    void shouldRefuseBadPaging() {
        ApiResponse refused = ARTISAN.apiAs(newId("customer"), Role.CUSTOMER).get("/api/v1/artisans?limit=0");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorCode()).as("as every service answers a bad query parameter").isEqualTo("validation_failed");
        assertThat(refused.badFields()).containsExactly("limit");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static List<String> userIds(ApiResponse search) {
        List<String> ids = new ArrayList<>();
        search.body().path("profiles").forEach(profile -> ids.add(profile.path("userId").asText()));
        return ids;
    }
}
