package ng.korrect.users.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.payload.Role;
import ng.korrect.catalog.payload.UserUpdated;
import ng.korrect.service.testing.ApiResponse;
import ng.korrect.service.testing.ServiceFixture;
import ng.korrect.users.TestUsers;
import ng.korrect.users.UsersService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProfileIT {

    @RegisterExtension
    static final ServiceFixture<UsersService> USERS = TestUsers.fixture();

    private static final String ME = "/api/v1/account/me";

    @Test
    void shouldShowTheSignedInUserTheirProfile() {
        String email = TestUsers.uniqueEmail("Funke");
        String userId = TestUsers.register(USERS, email);

        ApiResponse me = USERS.api().as(TestUsers.login(USERS, email, TestUsers.PASSWORD)).get(ME);

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().path("userId").asText()).isEqualTo(userId);
        assertThat(me.body().path("email").asText()).isEqualTo(email);
        assertThat(me.body().path("firstName").asText()).isEqualTo("Adaeze");
        assertThat(me.body().path("lastName").asText()).isEqualTo("Okafor");
        assertThat(me.body().path("phone").isNull()).isTrue();
        assertThat(me.body().path("role").asText()).isEqualTo("customer");
        assertThat(me.body().path("emailVerified").asBoolean()).isFalse();
        assertThat(Instant.parse(me.body().path("createdAt").asText())).isBeforeOrEqualTo(Instant.now());
        assertThat(me.body().has("passwordHash")).isFalse();
    }

    @Test
    void shouldShowAProfileToItsOwnerAndToAnAdminOnly() {
        String userId = TestUsers.register(USERS, TestUsers.uniqueEmail("owner"));
        String path = "/api/v1/account/" + userId;

        ApiResponse byOwner = USERS.apiAs(userId, Role.CUSTOMER).get(path);
        ApiResponse byAdmin = USERS.apiAs("admin-1", Role.ADMIN).get(path);
        ApiResponse byOther = USERS.apiAs(UUID.randomUUID().toString(), Role.ARTISAN).get(path);
        ApiResponse anonymous = USERS.api().get(path);

        assertThat(byOwner.status()).isEqualTo(200);
        assertThat(byAdmin.status()).isEqualTo(200);
        assertThat(byAdmin.body().path("firstName").asText()).isEqualTo("Adaeze");
        assertThat(byOther.status()).isEqualTo(403);
        assertThat(byOther.errorCode()).isEqualTo("forbidden");
        assertThat(anonymous.status()).isEqualTo(401);
    }

    @Test
    void shouldAnswer404ForAnAccountThatDoesNotExist() {
        ApiResponse toAdmin = USERS.apiAs("admin-1", Role.ADMIN).get("/api/v1/account/" + UUID.randomUUID());
        ApiResponse toGhost = USERS.apiAs(UUID.randomUUID().toString(), Role.CUSTOMER).get(ME);
        ApiResponse toStranger = USERS.apiAs(UUID.randomUUID().toString(), Role.CUSTOMER).get("/api/v1/account/" + UUID.randomUUID());

        assertThat(toAdmin.status()).isEqualTo(404);
        assertThat(toGhost.status()).isEqualTo(404);
        assertThat(toStranger.status()).as("a stranger learns nothing about existence").isEqualTo(403);
    }

    @Test
    void shouldPublishUserUpdatedWithOnlyTheFieldsThatChanged() {
        String userId = TestUsers.register(USERS, TestUsers.uniqueEmail("changes"));

        ApiResponse updated = USERS.apiAs(userId, Role.CUSTOMER).withHeader("X-Correlation-Id", "patch-1")
                .patch(ME, Map.of("firstName", "Adaeze", "lastName", "Okafor-Bello", "phone", "+234 803 123 4567"));

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.body().path("lastName").asText()).isEqualTo("Okafor-Bello");
        assertThat(updated.body().path("phone").asText()).isEqualTo("+2348031234567");
        Event<UserUpdated> event = USERS.awaitEvent(UserUpdated.class, payload -> payload.userId().equals(userId));
        assertThat(event.payload()).isEqualTo(new UserUpdated(userId, List.of("lastName", "phone")));
        assertThat(event.source()).isEqualTo("users");
        assertThat(event.correlationId()).contains("patch-1");
        assertThat(USERS.apiAs(userId, Role.CUSTOMER).get(ME).body().path("lastName").asText()).isEqualTo("Okafor-Bello");
    }

    @Test
    void shouldWriteAndPublishNothingWhenNothingChanged() {
        String userId = TestUsers.register(USERS, TestUsers.uniqueEmail("same"));
        USERS.apiAs(userId, Role.CUSTOMER).patch(ME, Map.of("phone", "08031234567"));

        ApiResponse unchanged = USERS.assertNothingWrittenOrPublishedBy(() -> USERS.apiAs(userId, Role.CUSTOMER)
                .patch(ME, Map.of("firstName", "Adaeze", "lastName", " Okafor ", "phone", "0803-123-4567")));
        Object updatedAt = USERS.rows("SELECT updated_at FROM accounts WHERE id = ?", userId).get(0).get("updated_at");
        ApiResponse empty = USERS.assertNothingWrittenOrPublishedBy(() -> USERS.apiAs(userId, Role.CUSTOMER).patch(ME, Map.of()));

        assertThat(unchanged.status()).isEqualTo(200);
        assertThat(unchanged.body().path("firstName").asText()).isEqualTo("Adaeze");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(USERS.rows("SELECT updated_at FROM accounts WHERE id = ?", userId).get(0).get("updated_at")).isEqualTo(updatedAt);
        assertThat(USERS.events(UserUpdated.class).stream().filter(event -> event.payload().userId().equals(userId)))
                .hasSize(1);
    }

    @Test
    void shouldRemoveThePhoneNumberWhenItIsNull() {
        String userId = TestUsers.register(USERS, TestUsers.uniqueEmail("nophone"));
        USERS.apiAs(userId, Role.CUSTOMER).patch(ME, Map.of("phone", "+2348031234567"));
        Map<String, Object> clear = new HashMap<>();
        clear.put("phone", null);

        ApiResponse cleared = USERS.apiAs(userId, Role.CUSTOMER).patch(ME, clear);

        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.body().path("phone").isNull()).isTrue();
        USERS.awaitOutboxDrained();
        assertThat(USERS.events(UserUpdated.class).stream().filter(event -> event.payload().userId().equals(userId))
                .map(event -> event.payload().changes())).containsExactly(List.of("phone"), List.of("phone"));
    }

    @Test
    void shouldNameEveryBadFieldOfAnUpdate() {
        String userId = TestUsers.register(USERS, TestUsers.uniqueEmail("badpatch"));
        Map<String, Object> body = new HashMap<>();
        body.put("firstName", " ");
        body.put("lastName", "x".repeat(101));
        body.put("phone", "call me maybe");
        body.put("email", "new@example.ng");
        body.put("role", "admin");
        body.put("nickname", "Ada");

        ApiResponse refused = USERS.assertNothingWrittenOrPublishedBy(() -> USERS.apiAs(userId, Role.CUSTOMER).patch(ME, body));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.badFields()).containsExactlyInAnyOrder("firstName", "lastName", "phone", "email", "role", "nickname");
    }

    @Test
    void shouldRefuseAnUpdateWithoutAValidTokenOrForAMissingAccount() {
        ApiResponse anonymous = USERS.assertNothingWrittenOrPublishedBy(() -> USERS.api().patch(ME, Map.of("firstName", "X")));
        ApiResponse ghost = USERS.assertNothingWrittenOrPublishedBy(() ->
                USERS.apiAs(UUID.randomUUID().toString(), Role.CUSTOMER).patch(ME, Map.of("firstName", "X")));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(ghost.status()).isEqualTo(404);
    }
}
