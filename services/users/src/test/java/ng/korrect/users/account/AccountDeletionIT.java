package ng.korrect.users.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.payload.Role;
import ng.korrect.catalog.payload.UserDeleted;
import ng.korrect.service.testing.ApiResponse;
import ng.korrect.service.testing.ServiceFixture;
import ng.korrect.users.TestUsers;
import ng.korrect.users.UsersService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AccountDeletionIT {

    @RegisterExtension
    static final ServiceFixture<UsersService> USERS = TestUsers.fixture();

    @AfterEach
    void awaitTheErasureOfDeletedAccounts() {
        TestUsers.awaitDeletionsErased(USERS);
    }

    @Test
    void shouldDeleteTheCallersAccountRowsAndPublishUserDeleted() {
        String email = TestUsers.uniqueEmail("Yemi");
        String userId = TestUsers.register(USERS, email);
        String token = TestUsers.login(USERS, email, TestUsers.PASSWORD);

        ApiResponse deleted = USERS.api().as(token).withHeader("X-Correlation-Id", "delete-yemi").delete("/api/v1/account/me");

        assertThat(deleted.status()).isEqualTo(204);
        Event<UserDeleted> event = USERS.awaitEvent(UserDeleted.class, payload -> payload.userId().equals(userId));
        assertThat(event.payload()).isEqualTo(new UserDeleted(userId, email));
        assertThat(event.source()).isEqualTo("users");
        assertThat(event.correlationId()).contains("delete-yemi");
        assertThat(USERS.count("SELECT COUNT(*) FROM accounts WHERE id = ?", userId)).isZero();
        assertThat(USERS.count("SELECT COUNT(*) FROM verification_tokens WHERE user_id = ?", userId)).isZero();
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(USERS.api().as(token)
                .get("/api/v1/account/me").status()).as("the token of a deleted account, once user.deleted is consumed")
                .isEqualTo(401));
    }

    @Test
    void shouldLetAnAdminDeleteAnyAccount() {
        String email = TestUsers.uniqueEmail("removed.by.admin");
        String userId = TestUsers.register(USERS, email);

        ApiResponse deleted = USERS.apiAs("admin-7", Role.ADMIN).delete("/api/v1/account/" + userId);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(USERS.awaitEvent(UserDeleted.class, payload -> payload.userId().equals(userId)).payload().email())
                .isEqualTo(email);
        assertThat(USERS.count("SELECT COUNT(*) FROM accounts WHERE id = ?", userId)).isZero();
    }

    @Test
    void shouldLetTheOwnerDeleteThroughTheirIdToo() {
        String userId = TestUsers.register(USERS, TestUsers.uniqueEmail("self"));

        assertThat(USERS.apiAs(userId, Role.CUSTOMER).delete("/api/v1/account/" + userId).status()).isEqualTo(204);
        assertThat(USERS.count("SELECT COUNT(*) FROM accounts WHERE id = ?", userId)).isZero();
    }

    @Test
    void shouldForbidDeletingSomeoneElsesAccount() {
        String userId = TestUsers.register(USERS, TestUsers.uniqueEmail("victim"));

        ApiResponse refused = USERS.assertNothingWrittenOrPublishedBy(() ->
                USERS.apiAs(UUID.randomUUID().toString(), Role.ARTISAN).delete("/api/v1/account/" + userId));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(USERS.count("SELECT COUNT(*) FROM accounts WHERE id = ?", userId)).isEqualTo(1);
    }

    @Test
    void shouldAnswer404ToAnAdminAnd401ToTheTokenOfAnAccountAlreadyGone() {
        String userId = TestUsers.register(USERS, TestUsers.uniqueEmail("twice"));
        assertThat(USERS.apiAs(userId, Role.CUSTOMER).delete("/api/v1/account/me").status()).isEqualTo(204);
        TestUsers.awaitDeletionsErased(USERS);

        ApiResponse again = USERS.assertNothingWrittenOrPublishedBy(() -> USERS.apiAs(userId, Role.CUSTOMER).delete("/api/v1/account/me"));
        ApiResponse byAdmin = USERS.assertNothingWrittenOrPublishedBy(() ->
                USERS.apiAs("admin-7", Role.ADMIN).delete("/api/v1/account/" + userId));

        assertThat(again.status()).as("the deleted user's own token is refused").isEqualTo(401);
        assertThat(byAdmin.status()).isEqualTo(404);
    }

    @Test
    void shouldRefuseADeletionWithoutAValidToken() {
        ApiResponse anonymous = USERS.assertNothingWrittenOrPublishedBy(() -> USERS.api().delete("/api/v1/account/me"));
        ApiResponse forged = USERS.assertNothingWrittenOrPublishedBy(() ->
                USERS.api().as("eyJhbGciOiJIUzI1NiJ9.e30.bad").delete("/api/v1/account/me"));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(forged.status()).isEqualTo(401);
    }

    @Test
    void shouldFreeTheEmailForANewRegistration() {
        String email = TestUsers.uniqueEmail("again");
        String first = TestUsers.register(USERS, email);
        assertThat(USERS.apiAs(first, Role.CUSTOMER).delete("/api/v1/account/me").status()).isEqualTo(204);

        String second = TestUsers.register(USERS, email);

        assertThat(second).isNotEqualTo(first);
    }
}
