package ng.korrect.users.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import ng.korrect.service.TrustedProxies;
import ng.korrect.service.testing.ApiClient;
import ng.korrect.service.testing.ApiResponse;
import ng.korrect.service.testing.MutableClock;
import ng.korrect.service.testing.ServiceFixture;
import ng.korrect.users.TestUsers;
import ng.korrect.users.UsersService;
import ng.korrect.users.UsersSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Password guessing against {@code POST /api/v1/auth/login} with the default limits (5 failures of an account
 * from one client, then 429 for 15 minutes; past 20 of a client or 10 of an account, delays), on a
 * service reached directly and on one behind a gateway it trusts (the test's loopback address), where the
 * client is the address the gateway names in {@code X-Forwarded-For}.
 */
class LoginThrottleIT {

    private static final String LOGIN = "/api/v1/auth/login";
    private static final MutableClock CLOCK = MutableClock.startingNow();
    private static final int PER_PAIR = LoginLimits.DEFAULT_PER_ACCOUNT_AND_CLIENT;

    @RegisterExtension
    static final ServiceFixture<UsersService> DIRECT = TestUsers.fixture(CLOCK);

    @RegisterExtension
    static final ServiceFixture<UsersService> BEHIND_GATEWAY = TestUsers.fixture(UsersSettings.defaults()
            .withBcryptCost(UsersSettings.MIN_COST).withTrustedProxies(TrustedProxies.parse("127.0.0.1, ::1")), CLOCK);

    @BeforeEach
    void forgetEarlierTestsFailures() {
        CLOCK.advance(LoginLimits.DEFAULT_WINDOW.plus(Duration.ofSeconds(1)));
    }

    @Test
    void shouldRefuseEvenTheRightPasswordWith429AfterFiveFailuresFromOneClientUntilTheWindowPassed() {
        String email = TestUsers.uniqueEmail("guessed");
        TestUsers.register(DIRECT, email);
        for (int i = 0; i < PER_PAIR; i++) {
            assertThat(attempt(DIRECT.api(), email, "Wrong-Guess-" + i).status()).isEqualTo(401);
        }

        ApiResponse refused = DIRECT.assertNothingWrittenOrPublishedBy(() -> attempt(DIRECT.api(), email, TestUsers.PASSWORD));

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.errorCode()).isEqualTo("too_many_requests");
        assertThat(refused.headers().firstValue("Retry-After")).contains("900");
        assertThat(refused.body().path("error").path("details").path("retryAfterSeconds").asLong()).isEqualTo(900);
        assertThat(refused.body().toString()).doesNotContain("accessToken");

        CLOCK.advance(LoginLimits.DEFAULT_WINDOW.plus(Duration.ofSeconds(1)));
        assertThat(attempt(DIRECT.api(), email, TestUsers.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void shouldStartCountingAfreshAfterASuccessfulSignIn() {
        String email = TestUsers.uniqueEmail("forgetful");
        TestUsers.register(DIRECT, email);
        for (int i = 0; i < PER_PAIR - 1; i++) {
            attempt(DIRECT.api(), email, "Wrong-Guess-" + i);
        }
        assertThat(attempt(DIRECT.api(), email, TestUsers.PASSWORD).status()).isEqualTo(200);

        for (int i = 0; i < PER_PAIR - 1; i++) {
            assertThat(attempt(DIRECT.api(), email, "Wrong-Again-" + i).status()).isEqualTo(401);
        }
        assertThat(attempt(DIRECT.api(), email, TestUsers.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void shouldIgnoreTheForwardedForOfAPeerThatIsNoTrustedProxy() {
        String email = TestUsers.uniqueEmail("spoofed");
        TestUsers.register(DIRECT, email);
        for (int i = 0; i < PER_PAIR; i++) {
            assertThat(attempt(from(DIRECT, "198.51.100." + i), email, "Wrong-Guess-" + i).status()).isEqualTo(401);
        }

        assertThat(attempt(from(DIRECT, "198.51.100.77"), email, TestUsers.PASSWORD).status())
                .as("a made-up X-Forwarded-For is no new client").isEqualTo(429);
    }

    @Test
    void shouldThrottleTwoClientsBehindATrustedProxySeparately() {
        String email = TestUsers.uniqueEmail("shared");
        TestUsers.register(BEHIND_GATEWAY, email);
        for (int i = 0; i < PER_PAIR; i++) {
            assertThat(attempt(from(BEHIND_GATEWAY, "198.51.100.1"), email, "Wrong-Guess-" + i).status()).isEqualTo(401);
        }

        assertThat(attempt(from(BEHIND_GATEWAY, "198.51.100.1"), email, TestUsers.PASSWORD).status()).isEqualTo(429);
        assertThat(attempt(from(BEHIND_GATEWAY, "6.6.6.6, 198.51.100.2"), email, TestUsers.PASSWORD).status())
                .as("another client of the gateway, whatever it wrote itself").isEqualTo(200);
    }

    /**
     * "Not locked out": whatever an attacker does from other addresses, the owner signs in at once from an
     * address they signed in from within 30 days, and from a new address after at most the longest delay
     * (1 minute), never the 15 minutes of a lock.
     */
    @Test
    void shouldLetTheOwnerSignInWhileAnAttackerGuessesFromOneAddressOrFromMany() {
        String email = TestUsers.uniqueEmail("owner");
        TestUsers.register(BEHIND_GATEWAY, email);
        assertThat(attempt(from(BEHIND_GATEWAY, "192.0.2.10"), email, TestUsers.PASSWORD).status()).isEqualTo(200);

        for (int i = 0; i < PER_PAIR; i++) {
            attempt(from(BEHIND_GATEWAY, "203.0.113.66"), email, "Wrong-Guess-" + i);
        }
        assertThat(attempt(from(BEHIND_GATEWAY, "203.0.113.66"), email, "Wrong-Guess-x").status()).isEqualTo(429);
        assertThat(attempt(from(BEHIND_GATEWAY, "192.0.2.10"), email, TestUsers.PASSWORD).status())
                .as("the owner's usual address, after one attacker's five failures").isEqualTo(200);
        assertThat(attempt(from(BEHIND_GATEWAY, "192.0.2.11"), email, TestUsers.PASSWORD).status())
                .as("a new address of the owner, after one attacker's five failures").isEqualTo(200);

        for (int i = 0; i < LoginLimits.DEFAULT_PER_ACCOUNT; i++) {
            assertThat(attempt(from(BEHIND_GATEWAY, "198.18.0." + i), email, "Wrong-Guess-" + i).status()).isEqualTo(401);
        }
        assertThat(attempt(from(BEHIND_GATEWAY, "198.18.1.1"), email, "Wrong-Guess-y").status())
                .as("a fresh address of the attacker is delayed").isEqualTo(429);
        assertThat(attempt(from(BEHIND_GATEWAY, "192.0.2.10"), email, TestUsers.PASSWORD).status())
                .as("the owner's usual address, while many addresses guess").isEqualTo(200);

        for (int i = 0; i < LoginLimits.DEFAULT_PER_ACCOUNT + 8; i++) { // guessing as fast as the delays let it
            ApiResponse guess = attempt(from(BEHIND_GATEWAY, "198.18.2." + i), email, "Wrong-Guess-" + i);
            if (guess.status() == 429) {
                CLOCK.advance(Duration.ofSeconds(Long.parseLong(guess.headers().firstValue("Retry-After").orElseThrow())));
                guess = attempt(from(BEHIND_GATEWAY, "198.18.2." + i), email, "Wrong-Guess-" + i);
            }
            assertThat(guess.status()).isEqualTo(401);
        }
        ApiResponse delayed = attempt(from(BEHIND_GATEWAY, "192.0.2.99"), email, TestUsers.PASSWORD);
        assertThat(delayed.status()).as("a new address of the owner, while many addresses guess").isEqualTo(429);
        long wait = Long.parseLong(delayed.headers().firstValue("Retry-After").orElseThrow());
        assertThat(wait).isBetween(1L, LoginLimits.DEFAULT_LONGEST_DELAY.toSeconds());
        CLOCK.advance(Duration.ofSeconds(wait));
        assertThat(attempt(from(BEHIND_GATEWAY, "192.0.2.99"), email, TestUsers.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void shouldThrottleAFreshAddressGuessingAtManyAccounts() {
        for (int i = 0; i < LoginLimits.DEFAULT_PER_CLIENT; i++) {
            assertThat(attempt(from(BEHIND_GATEWAY, "203.0.113.5"), TestUsers.uniqueEmail("sprayed" + i), "Spring-2026!")
                    .status()).isEqualTo(401);
        }

        ApiResponse refused = attempt(from(BEHIND_GATEWAY, "203.0.113.5"), TestUsers.uniqueEmail("next"), "Spring-2026!");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).as("1 s, doubling with each further failure").contains("1");
        assertThat(attempt(from(BEHIND_GATEWAY, "203.0.113.6"), TestUsers.uniqueEmail("next"), "Spring-2026!").status())
                .as("another address").isEqualTo(401);
    }

    @Test
    void shouldLetNoMoreThanFiveOfTwentyConcurrentBadGuessesThrough() throws Exception {
        String email = TestUsers.uniqueEmail("raced");
        TestUsers.register(DIRECT, email);
        CountDownLatch start = new CountDownLatch(1);
        List<Integer> statuses = new CopyOnWriteArrayList<>();
        List<Thread> guesses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String guess = "Wrong-Guess-" + i;
            guesses.add(Thread.ofPlatform().start(() -> {
                try {
                    start.await();
                    statuses.add(attempt(DIRECT.api(), email, guess).status());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        start.countDown();
        for (Thread guess : guesses) {
            guess.join();
        }

        assertThat(statuses).hasSize(20).containsOnly(401, 429);
        assertThat(statuses.stream().filter(status -> status == 401).count()).as("passwords checked").isEqualTo(PER_PAIR);
    }

    private static ApiClient from(ServiceFixture<UsersService> users, String forwardedFor) {
        return users.api().withHeader("X-Forwarded-For", forwardedFor);
    }

    private static ApiResponse attempt(ApiClient client, String email, String password) {
        return client.post(LOGIN, Map.of("email", email, "password", password));
    }
}
