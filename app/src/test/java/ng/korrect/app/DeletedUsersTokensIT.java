package ng.korrect.app;

import static ng.korrect.app.TestPlatforms.client;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ng.korrect.catalog.ServiceName;
import ng.korrect.service.testing.ApiClient;
import ng.korrect.service.testing.ApiResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An access token stays valid until it expires, and each service checks it alone with the shared secret; once
 * {@code user.deleted} is out, every service must refuse the deleted user's tokens all the same.
 */
class DeletedUsersTokensIT {

    /** A route of each service that any signed-in user may read. */
    private static final Map<ServiceName, String> READ_ROUTES = new LinkedHashMap<>(Map.of(
            ServiceName.USERS, "/api/v1/account/me",
            ServiceName.ARTISAN, "/api/v1/artisans?limit=1",
            ServiceName.TRANSACTION, "/api/v1/bookings",
            ServiceName.MESSAGING, "/api/v1/messages/conversations",
            ServiceName.PLATFORM, "/api/v1/notifications"));

    @TempDir
    Path dataDir;

    @Test
    void shouldRefuseADeletedUsersTokenInEveryServiceAndKeepServingTheOthers() {
        try (Platform platform = Platform.start(TestPlatforms.onFreePorts(dataDir), List.of())) {
            String leaving = signUp(platform, "leaving@example.ng");
            String staying = signUp(platform, "staying@example.ng");
            READ_ROUTES.forEach((service, route) -> assertThat(client(platform, service).as(leaving).get(route).status())
                    .as("before the deletion, " + service.wireName()).isEqualTo(200));

            assertThat(client(platform, ServiceName.USERS).as(leaving).delete("/api/v1/account/me").status()).isEqualTo(204);

            READ_ROUTES.forEach((service, route) -> {
                ApiResponse refused = await().atMost(Duration.ofSeconds(20)).until(
                        () -> client(platform, service).as(leaving).get(route), answer -> answer.status() == 401);
                assertThat(refused.body().path("error").path("message").asText()).as(service.wireName())
                        .isIn("the account of this access token was deleted", "the access token is not valid",
                                "no account " + subjectOf(platform, leaving));
                assertThat(client(platform, service).as(staying).get(route).status())
                        .as("another user's token, " + service.wireName()).isEqualTo(200);
            });
        }
    }

    @Test
    void shouldRefuseADeletedAdminsTokenForAdminWork() {
        try (Platform platform = Platform.start(TestPlatforms.onFreePorts(dataDir), List.of())) {
            String admin = login(platform, PlatformSettings.DEFAULT_ADMIN_EMAIL, platform.createdAdminPassword().orElseThrow());
            ApiClient artisan = client(platform, ServiceName.ARTISAN).as(admin);
            assertThat(artisan.get("/api/v1/verification/applications?status=pending").status()).isEqualTo(200);

            assertThat(client(platform, ServiceName.USERS).as(admin).delete("/api/v1/account/me").status()).isEqualTo(204);

            await().atMost(Duration.ofSeconds(20)).until(
                    () -> artisan.get("/api/v1/verification/applications?status=pending").status() == 401);
            ApiClient deliveries = client(platform, ServiceName.PLATFORM).as(admin);
            await().atMost(Duration.ofSeconds(20)).until(
                    () -> deliveries.get("/api/v1/notifications/deliveries").status() == 401);
        }
    }

    private static String subjectOf(Platform platform, String token) {
        String payload = token.split("\\.")[1];
        String json = new String(java.util.Base64.getUrlDecoder().decode(payload), java.nio.charset.StandardCharsets.UTF_8);
        return json.replaceAll(".*\"sub\":\"([^\"]+)\".*", "$1");
    }

    private static String signUp(Platform platform, String email) {
        ApiResponse registered = client(platform, ServiceName.USERS).post("/api/v1/auth/register", Map.of("email", email,
                "password", "correct horse battery", "firstName", "Ada", "lastName", "Obi", "role", "customer"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return login(platform, email, "correct horse battery");
    }

    private static String login(Platform platform, String email, String password) {
        ApiResponse login = client(platform, ServiceName.USERS).post("/api/v1/auth/login",
                Map.of("email", email, "password", password));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        return login.body().path("accessToken").asText();
    }
}
