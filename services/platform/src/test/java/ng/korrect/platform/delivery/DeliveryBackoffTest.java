package ng.korrect.platform.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeliveryBackoffTest {

    private final DeliveryBackoff backoff = new DeliveryBackoff(5, Duration.ofSeconds(30), Duration.ofMinutes(2));

    @Test
    void shouldDoubleTheWaitAfterEachFailedAttempt() {
        assertThat(backoff.retryAfter(1)).contains(Duration.ofSeconds(30));
        assertThat(backoff.retryAfter(2)).contains(Duration.ofSeconds(60));
        assertThat(backoff.retryAfter(3)).contains(Duration.ofSeconds(120));
    }

    @Test
    void shouldNeverWaitLongerThanTheMaximum() {
        assertThat(backoff.retryAfter(4)).contains(Duration.ofMinutes(2));
        assertThat(new DeliveryBackoff(100, Duration.ofSeconds(1), Duration.ofHours(1)).retryAfter(99))
                .contains(Duration.ofHours(1));
    }

    @Test
    void shouldGiveUpAfterTheLastAttempt() {
        assertThat(backoff.retryAfter(5)).isEmpty();
        assertThat(new DeliveryBackoff(1, Duration.ofSeconds(1), Duration.ofSeconds(1)).retryAfter(1)).isEmpty();
    }

    @Test
    void shouldRefuseSettingsThatCannotWork() {
        assertThatThrownBy(() -> new DeliveryBackoff(0, Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> new DeliveryBackoff(3, Duration.ofSeconds(10), Duration.ofSeconds(1)))
                .hasMessageContaining("initialDelay");
    }
}
