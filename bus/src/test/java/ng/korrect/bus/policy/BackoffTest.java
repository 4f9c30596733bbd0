package ng.korrect.bus.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void shouldDoubleFromTheFirstWaitUpToTheLongest() {
        Backoff backoff = Backoff.doubling(Duration.ofSeconds(1), Duration.ofSeconds(10));

        assertThat(backoff.after(0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.after(4)).isEqualTo(Duration.ofSeconds(8));
        assertThat(backoff.after(5)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.after(Long.MAX_VALUE)).as("no overflow").isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void shouldGrowByAnyMultiplierOfAtLeastOne() {
        assertThat(new Backoff(Duration.ofMillis(100), 1.5, Duration.ofSeconds(1)).after(3)).isEqualTo(Duration.ofMillis(225));
        assertThat(new Backoff(Duration.ofMillis(100), 1.0, Duration.ofSeconds(1)).after(9)).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void shouldRefuseBoundsThatCannotHold() {
        assertThatThrownBy(() -> Backoff.doubling(Duration.ZERO, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Backoff.doubling(Duration.ofSeconds(2), Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), 0.5, Duration.ofSeconds(2))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), Double.NaN, Duration.ofSeconds(2))).isInstanceOf(IllegalArgumentException.class);
    }
}
