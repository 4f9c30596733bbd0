package ng.korrect.users.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResendLimitTest {

    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

    @Test
    void shouldLetTheFirstResendGoAMinuteAfterTheRegistrationsMail() {
        assertThat(ResendLimit.DEFAULT.waitBeforeNext(List.of(NOW.minusSeconds(20)), NOW)).contains(Duration.ofSeconds(40));
        assertThat(ResendLimit.DEFAULT.waitBeforeNext(List.of(NOW.minusSeconds(60)), NOW)).isEmpty();
        assertThat(ResendLimit.DEFAULT.waitBeforeNext(List.of(), NOW)).isEmpty();
    }

    @Test
    void shouldWaitUntilTheOldestOfFiveMailsOfTheDayIsADayOld() {
        List<Instant> five = List.of(NOW.minus(Duration.ofHours(20)), NOW.minus(Duration.ofHours(3)),
                NOW.minus(Duration.ofHours(2)), NOW.minus(Duration.ofHours(1)), NOW.minus(Duration.ofMinutes(10)));

        assertThat(ResendLimit.DEFAULT.waitBeforeNext(five, NOW)).contains(Duration.ofHours(4));
    }

    @Test
    void shouldNotCountMailsOlderThanADay() {
        List<Instant> old = List.of(NOW.minus(Duration.ofHours(30)), NOW.minus(Duration.ofHours(29)),
                NOW.minus(Duration.ofHours(28)), NOW.minus(Duration.ofHours(27)), NOW.minus(Duration.ofHours(26)));

        assertThat(ResendLimit.DEFAULT.waitBeforeNext(old, NOW)).isEmpty();
    }
}
