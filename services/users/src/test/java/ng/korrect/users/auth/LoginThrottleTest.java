package ng.korrect.users.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import ng.korrect.service.testing.MutableClock;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final LoginLimits LIMITS = new LoginLimits(3, 6, 5, WINDOW, Duration.ofSeconds(8));

    private final MutableClock clock = MutableClock.startingNow();
    private final LoginThrottle throttle = new LoginThrottle(LIMITS, clock);

    @Test
    void shouldRefuseAClientForAnAccountOnceItFailedTheAllowedNumberOfTimesThere() {
        fail("ada@example.ng", "10.0.0.1", 3);

        assertThat(throttle.begin("ada@example.ng", "10.0.0.1")).isEqualTo(new LoginThrottle.Refused(WINDOW));
        assertThat(throttle.begin("ada@example.ng", "10.0.0.2")).as("the owner elsewhere")
                .isInstanceOf(LoginThrottle.Admitted.class);
    }

    @Test
    void shouldLetItTryAgainOnceItsOldestFailureLeftTheWindow() {
        fail("ada@example.ng", "10.0.0.1", 1);
        clock.advance(Duration.ofMinutes(5));
        fail("ada@example.ng", "10.0.0.1", 2);

        clock.advance(Duration.ofMinutes(9));
        assertThat(throttle.begin("ada@example.ng", "10.0.0.1")).isEqualTo(new LoginThrottle.Refused(Duration.ofMinutes(1)));
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.begin("ada@example.ng", "10.0.0.1")).isInstanceOf(LoginThrottle.Admitted.class);
    }

    @Test
    void shouldCountAnAddressWhateverItsCaseAndSpaces() {
        fail(" Ada@Example.NG", "10.0.0.1", 3);

        assertThat(throttle.begin("ada@example.ng", "10.0.0.1")).isInstanceOf(LoginThrottle.Refused.class);
    }

    @Test
    void shouldDelayOneClientGuessingAtManyAccountsDoublingUpToTheCap() {
        for (int i = 0; i < 6; i++) {
            fail("victim" + i + "@example.ng", "203.0.113.9", 1);
        }

        assertThat(throttle.begin("victim99@example.ng", "203.0.113.9")).isEqualTo(new LoginThrottle.Refused(Duration.ofSeconds(1)));
        assertThat(throttle.begin("victim99@example.ng", "203.0.113.10")).isInstanceOf(LoginThrottle.Admitted.class);
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofSeconds(8));
            fail("victim" + (10 + i) + "@example.ng", "203.0.113.9", 1);
        }
        assertThat(throttle.begin("victim99@example.ng", "203.0.113.9")).as("capped")
                .isEqualTo(new LoginThrottle.Refused(Duration.ofSeconds(8)));
    }

    @Test
    void shouldNotDelayAClientWhereItSignedInLatelyForItsFailuresElsewhere() {
        admitted("ada@example.ng", "192.0.2.1").succeeded(); // an office address, shared
        for (int i = 0; i < 6; i++) {
            fail("victim" + i + "@example.ng", "192.0.2.1", 1);
        }

        assertThat(throttle.begin("bola@example.ng", "192.0.2.1")).isInstanceOf(LoginThrottle.Refused.class);
        assertThat(throttle.begin("ada@example.ng", "192.0.2.1")).isInstanceOf(LoginThrottle.Admitted.class);
    }

    @Test
    void shouldDelayNewClientsOfAnAccountGuessedFromManyAddressesDoublingUpToTheCap() {
        for (int i = 0; i < 5; i++) {
            fail("ada@example.ng", "198.51.100." + i, 1);
        }

        assertThat(throttle.begin("ada@example.ng", "198.51.100.50")).isEqualTo(new LoginThrottle.Refused(Duration.ofSeconds(1)));
        clock.advance(Duration.ofSeconds(1));
        fail("ada@example.ng", "198.51.100.51", 1);
        assertThat(throttle.begin("ada@example.ng", "198.51.100.52")).isEqualTo(new LoginThrottle.Refused(Duration.ofSeconds(2)));
        clock.advance(Duration.ofSeconds(2));
        fail("ada@example.ng", "198.51.100.53", 1);
        clock.advance(Duration.ofSeconds(4));
        fail("ada@example.ng", "198.51.100.54", 1);
        assertThat(throttle.begin("ada@example.ng", "198.51.100.55")).as("capped")
                .isEqualTo(new LoginThrottle.Refused(Duration.ofSeconds(8)));
    }

    @Test
    void shouldNotDelayAClientThatSignedIntoTheAccountLately() {
        admitted("ada@example.ng", "10.0.0.7").succeeded();
        for (int i = 0; i < 5; i++) {
            fail("ada@example.ng", "198.51.100." + i, 1);
        }

        assertThat(throttle.begin("ada@example.ng", "198.51.100.99")).isInstanceOf(LoginThrottle.Refused.class);
        assertThat(throttle.begin("ada@example.ng", "10.0.0.7")).isInstanceOf(LoginThrottle.Admitted.class);
    }

    @Test
    void shouldForgetTheFailuresOfAnAccountThatSignedInButNotTheClientsOnOthers() {
        fail("ada@example.ng", "10.0.0.1", 2);
        fail("bola@example.ng", "10.0.0.1", 1);

        admitted("ada@example.ng", "10.0.0.1").succeeded();
        fail("ada@example.ng", "10.0.0.1", 2);
        LoginThrottle.Attempt third = admitted("ada@example.ng", "10.0.0.1"); // 2 of ada since, 5 of the client
        third.failed();

        assertThat(throttle.begin("chidi@example.ng", "10.0.0.1")).as("6 failures of the client")
                .isInstanceOf(LoginThrottle.Refused.class);
    }

    @Test
    void shouldCountNothingForAnAttemptWhosePasswordWasNeverChecked() {
        for (int i = 0; i < 10; i++) {
            admitted("ada@example.ng", "10.0.0.1").abandoned();
        }

        assertThat(throttle.begin("ada@example.ng", "10.0.0.1")).isInstanceOf(LoginThrottle.Admitted.class);
    }

    @Test
    void shouldLetNoMoreThanTheLimitThroughWhenGuessesRace() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger admitted = new AtomicInteger();
        List<Thread> guesses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            guesses.add(Thread.ofPlatform().start(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (throttle.begin("ada@example.ng", "10.0.0.1") instanceof LoginThrottle.Admitted(LoginThrottle.Attempt attempt)) {
                    admitted.incrementAndGet();
                    attempt.failed();
                }
            }));
        }
        start.countDown();
        for (Thread guess : guesses) {
            guess.join();
        }

        assertThat(admitted.get()).isEqualTo(LIMITS.perAccountAndClient());
    }

    @Test
    void shouldLetConcurrentRightPasswordsOfOneClientThroughOneAfterAnotherNearTheLimit() throws Exception {
        fail("ada@example.ng", "10.0.0.1", 2);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger admitted = new AtomicInteger();
        List<Thread> signIns = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            signIns.add(Thread.ofPlatform().start(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (throttle.begin("ada@example.ng", "10.0.0.1") instanceof LoginThrottle.Admitted(LoginThrottle.Attempt attempt)) {
                    admitted.incrementAndGet();
                    attempt.succeeded();
                }
            }));
        }
        start.countDown();
        for (Thread signIn : signIns) {
            signIn.join();
        }

        assertThat(admitted.get()).as("none refused, though at most one at a time ran with two failures on record")
                .isEqualTo(20);
    }

    @Test
    void shouldRefuseToReportAnAttemptTwice() {
        LoginThrottle.Attempt attempt = admitted("ada@example.ng", "10.0.0.1");
        attempt.failed();

        assertThatThrownBy(attempt::succeeded).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldDelayOnlyFromTheLimitOnDoublingFromOneSecondUpToTheCap() {
        assertThat(LIMITS.delay(4, 5)).isZero();
        assertThat(LIMITS.delay(5, 5)).isEqualTo(Duration.ofSeconds(1));
        assertThat(LIMITS.delay(7, 5)).isEqualTo(Duration.ofSeconds(4));
        assertThat(LIMITS.delay(500, 5)).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void shouldRefuseALimitOutOfRangeOrANonPositiveDuration() {
        assertThatThrownBy(() -> new LoginLimits(0, 1, 1, WINDOW, WINDOW)).hasMessageContaining("perAccountAndClient");
        assertThatThrownBy(() -> new LoginLimits(1, 1001, 1, WINDOW, WINDOW)).hasMessageContaining("perClient");
        assertThatThrownBy(() -> new LoginLimits(1, 1, 1, Duration.ZERO, WINDOW)).hasMessageContaining("window");
    }

    private void fail(String email, String client, int times) {
        for (int i = 0; i < times; i++) {
            admitted(email, client).failed();
        }
    }

    private LoginThrottle.Attempt admitted(String email, String client) {
        LoginThrottle.Admission admission = throttle.begin(email, client);
        assertThat(admission).as(email + " from " + client).isInstanceOf(LoginThrottle.Admitted.class);
        return ((LoginThrottle.Admitted) admission).attempt();
    }
}
