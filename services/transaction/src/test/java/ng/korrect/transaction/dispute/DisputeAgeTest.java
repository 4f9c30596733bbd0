package ng.korrect.transaction.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DisputeAgeTest {

    private static final Instant OPENED = Instant.parse("2026-11-01T10:00:00Z");

    @Test
    void shouldCountOnlyWholeDaysOpen() {
        assertThat(DisputeAge.daysOpen(OPENED, OPENED.plus(Duration.ofDays(7).minusSeconds(1)))).isEqualTo(6);
        assertThat(DisputeAge.daysOpen(OPENED, OPENED.plus(Duration.ofDays(7)))).isEqualTo(7);
        assertThat(DisputeAge.daysOpen(OPENED, OPENED.minusSeconds(5))).isZero();
    }

    @Test
    void shouldBeDueExactlyWhenTheLimitHasPassed() {
        Duration limit = Duration.ofDays(7);

        assertThat(DisputeAge.due(OPENED, OPENED.plus(limit).minusMillis(1), limit)).isFalse();
        assertThat(DisputeAge.due(OPENED, OPENED.plus(limit), limit)).isTrue();
    }
}
