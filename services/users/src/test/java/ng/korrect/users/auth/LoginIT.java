package ng.korrect.users.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import ng.korrect.service.testing.ApiResponse;
import ng.korrect.service.testing.ServiceFixture;
import ng.korrect.users.TestUsers;
import ng.korrect.users.UsersService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LoginIT {

    @RegisterExtension
    static final ServiceFixture<UsersService> USERS = TestUsers.fixture();

    @AfterEach
    void awaitTheErasureOfDeletedAccounts() {
        TestUsers.awaitDeletionsErased(USERS);
    }

    private static final String LOGIN = "/api/v1/auth/login";

    @Test
    void shouldIssueAnAccessTokenThatTheServiceAccepts() {
        String email = TestUsers.uniqueEmail("emeka");
        String userId = TestUsers.register(USERS, email);

        ApiResponse session = USERS.api().post(LOGIN, Map.of("email", email, "password", TestUsers.PASSWORD));

        assertThat(session.status()).isEqualTo(200);
        assertThat(session.headers().firstValue("Cache-Control")).as("a token must not be cached").contains("no-store");
        assertThat(session.body().path("userId").asText()).isEqualTo(userId);
        assertThat(session.body().path("role").asText()).isEqualTo("customer");
        Instant expiresAt = Instant.parse(session.body().path("expiresAt").asText());
        assertThat(expiresAt).isBetween(Instant.now().plus(Duration.ofMinutes(59)), Instant.now().plus(Duration.ofMinutes(61)));
        ApiResponse me = USERS.api().as(session.body().path("accessToken").asText()).get("/api/v1/account/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().path("userId").asText()).isEqualTo(userId);
    }

    @Test
    void shouldFindTheAccountWhateverTheCaseOfTheEmail() {
        String email = TestUsers.uniqueEmail("Kelechi");
        String userId = TestUsers.register(USERS, email);

        ApiResponse session = USERS.api().post(LOGIN, Map.of("email", email.toUpperCase(java.util.Locale.ROOT),
                "password", TestUsers.PASSWORD));

        assertThat(session.status()).isEqualTo(200);
        assertThat(session.body().path("userId").asText()).isEqualTo(userId);
    }

    @Test
    void shouldAnswerAWrongPasswordAndAnUnknownEmailAlike() {
        String email = TestUsers.uniqueEmail("tunde");
        TestUsers.register(USERS, email);

        ApiResponse wrongPassword = USERS.assertNothingWrittenOrPublishedBy(() ->
                USERS.api().post(LOGIN, Map.of("email", email, "password", "Not-The-Password-1")));
        ApiResponse unknownEmail = USERS.assertNothingWrittenOrPublishedBy(() ->
                USERS.api().post(LOGIN, Map.of("email", TestUsers.uniqueEmail("nobody"), "password", TestUsers.PASSWORD)));

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownEmail.status()).isEqualTo(401);
        assertThat(wrongPassword.body()).isEqualTo(unknownEmail.body());
    }

    @Test
    void shouldRefuseAPasswordLongerThanBcryptReadsWithTheSameAnswer() {
        String email = TestUsers.uniqueEmail("long");
        TestUsers.register(USERS, email);

        ApiResponse refused = USERS.api().post(LOGIN, Map.of("email", email, "password", TestUsers.PASSWORD + "x".repeat(80)));

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.errorCode()).isEqualTo("unauthorized");
    }

    @Test
    void shouldNameTheMissingFields() {
        ApiResponse refused = USERS.assertNothingWrittenOrPublishedBy(() -> USERS.api().post(LOGIN, Map.of()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.badFields()).containsExactlyInAnyOrder("email", "password");
    }

    @Test
    void shouldRefuseTheLoginOfADeletedAccount() {
        String email = TestUsers.uniqueEmail("gone");
        TestUsers.register(USERS, email);
        String token = TestUsers.login(USERS, email, TestUsers.PASSWORD);
        assertThat(USERS.api().as(token).delete("/api/v1/account/me").status()).isEqualTo(204);

        ApiResponse refused = USERS.api().post(LOGIN, Map.of("email", email, "password", TestUsers.PASSWORD));

        assertThat(refused.status()).isEqualTo(401);
    }
}
