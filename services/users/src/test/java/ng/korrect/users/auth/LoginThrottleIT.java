package ng.korrect.users.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import ng.korrect.service.testing.ApiResponse;
import ng.korrect.service.testing.MutableClock;
import ng.korrect.service.testing.ServiceFixture;
import ng.korrect.users.TestUsers;
import ng.korrect.users.UsersService;
import ng.korrect.users.UsersSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Password guessing against {@code POST /api/v1/auth/login}, with the default limit of 5 failures in 15 minutes. */
class LoginThrottleIT {

    private static final String LOGIN = "/api/v1/auth/login";
    private static final MutableClock CLOCK = MutableClock.startingNow();

    @RegisterExtension
    static final ServiceFixture<UsersService> USERS = TestUsers.fixture(CLOCK);

    @Test
    void shouldRefuseEvenTheRightPasswordWith429AfterFiveFailuresUntilTheWindowPassed() {
        String email = TestUsers.uniqueEmail("guessed");
        TestUsers.register(USERS, email);
        for (int i = 0; i < UsersSettings.DEFAULT_LOGIN_FAILURES; i++) {
            assertThat(attempt(email, "Wrong-Guess-" + i).status()).isEqualTo(401);
        }

        ApiResponse refused = USERS.assertNothingWrittenOrPublishedBy(() -> attempt(email, TestUsers.PASSWORD));

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.errorCode()).isEqualTo("too_many_requests");
        assertThat(refused.headers().firstValue("Retry-After")).contains("900");
        assertThat(refused.body().path("error").path("details").path("retryAfterSeconds").asLong()).isEqualTo(900);
        assertThat(refused.body().toString()).doesNotContain("accessToken");

        CLOCK.advance(UsersSettings.DEFAULT_LOGIN_WINDOW.plus(Duration.ofSeconds(1)));
        assertThat(attempt(email, TestUsers.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void shouldKeepLettingOtherAddressesSignInWhileOneIsRefused() {
        String guessed = TestUsers.uniqueEmail("target");
        String other = TestUsers.uniqueEmail("bystander");
        TestUsers.register(USERS, guessed);
        TestUsers.register(USERS, other);
        for (int i = 0; i < UsersSettings.DEFAULT_LOGIN_FAILURES; i++) {
            attempt(guessed, "Wrong-Guess-" + i);
        }

        assertThat(attempt(guessed, TestUsers.PASSWORD).status()).isEqualTo(429);
        assertThat(attempt(other, TestUsers.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void shouldStartCountingAfreshAfterASuccessfulSignIn() {
        String email = TestUsers.uniqueEmail("forgetful");
        TestUsers.register(USERS, email);
        for (int i = 0; i < UsersSettings.DEFAULT_LOGIN_FAILURES - 1; i++) {
            attempt(email, "Wrong-Guess-" + i);
        }
        assertThat(attempt(email, TestUsers.PASSWORD).status()).isEqualTo(200);

        for (int i = 0; i < UsersSettings.DEFAULT_LOGIN_FAILURES - 1; i++) {
            assertThat(attempt(email, "Wrong-Again-" + i).status()).isEqualTo(401);
        }
        assertThat(attempt(email, TestUsers.PASSWORD).status()).isEqualTo(200);
    }

    private static ApiResponse attempt(String email, String password) {
        return USERS.api().post(LOGIN, Map.of("email", email, "password", password));
    }
}
