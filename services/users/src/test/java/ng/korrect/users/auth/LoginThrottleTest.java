package ng.korrect.users.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import ng.korrect.service.testing.MutableClock;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);

    private final MutableClock clock = MutableClock.startingNow();
    private final LoginThrottle throttle = new LoginThrottle(3, WINDOW, clock);

    @Test
    void shouldLetAnAddressTryUntilItFailedTheAllowedNumberOfTimes() {
        throttle.failed("ada@example.ng", "10.0.0.1");
        throttle.failed("ada@example.ng", "10.0.0.1");
        assertThat(throttle.waitBeforeAttempt("ada@example.ng", "10.0.0.1")).isEmpty();

        throttle.failed("ada@example.ng", "10.0.0.1");

        assertThat(throttle.waitBeforeAttempt("ada@example.ng", "10.0.0.1")).contains(WINDOW);
    }

    @Test
    void shouldLetItTryAgainOnceItsOldestFailureLeftTheWindow() {
        throttle.failed("ada@example.ng", "10.0.0.1");
        clock.advance(Duration.ofMinutes(5));
        throttle.failed("ada@example.ng", "10.0.0.1");
        throttle.failed("ada@example.ng", "10.0.0.1");

        clock.advance(Duration.ofMinutes(9));
        assertThat(throttle.waitBeforeAttempt("ada@example.ng", "10.0.0.1")).contains(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.waitBeforeAttempt("ada@example.ng", "10.0.0.1")).isEmpty();
    }

    @Test
    void shouldCountAnAddressWhateverItsCaseAndSpacesButEachClientApart() {
        for (int i = 0; i < 3; i++) {
            throttle.failed(" Ada@Example.NG", "10.0.0.1");
        }

        assertThat(throttle.waitBeforeAttempt("ada@example.ng", "10.0.0.1")).isPresent();
        assertThat(throttle.waitBeforeAttempt("ada@example.ng", "10.0.0.2")).isEmpty();
        assertThat(throttle.waitBeforeAttempt("bola@example.ng", "10.0.0.1")).isEmpty();
    }

    @Test
    void shouldForgetTheFailuresOfAnAddressThatSignedIn() {
        throttle.failed("ada@example.ng", "10.0.0.1");
        throttle.failed("ada@example.ng", "10.0.0.1");

        throttle.succeeded("ada@example.ng", "10.0.0.1");
        throttle.failed("ada@example.ng", "10.0.0.1");
        throttle.failed("ada@example.ng", "10.0.0.1");

        assertThat(throttle.waitBeforeAttempt("ada@example.ng", "10.0.0.1")).isEmpty();
        assertThat(throttle.tracked()).isEqualTo(1);
    }

    @Test
    void shouldRefuseANonPositiveLimitOrWindow() {
        assertThatThrownBy(() -> new LoginThrottle(0, WINDOW, clock)).hasMessageContaining("maxFailures");
        assertThatThrownBy(() -> new LoginThrottle(3, Duration.ZERO, clock)).hasMessageContaining("window");
    }
}
