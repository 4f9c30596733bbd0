package ng.korrect.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import ng.korrect.bus.policy.RetryPolicy;
import org.junit.jupiter.api.Test;

class ServiceRetriesTest {

    @Test
    void shouldRetryAFailedHandlerForAtLeastAMinuteAndAHalfBeforeDeadLetteringItAtTheTenthDelivery() {
        RetryPolicy leastPatient = KorrectService.SERVICE_RETRIES.withRandom(() -> 0.0);
        Duration waited = Duration.ZERO;
        for (int delivery = 1; delivery < 10; delivery++) {
            RetryPolicy.Decision decision = leastPatient.afterFailure(delivery);
            assertThat(decision).as("after delivery " + delivery).isInstanceOf(RetryPolicy.Decision.Retry.class);
            waited = waited.plus(((RetryPolicy.Decision.Retry) decision).delay());
        }

        assertThat(waited).isGreaterThan(Duration.ofSeconds(90));
        assertThat(leastPatient.afterFailure(10)).isInstanceOf(RetryPolicy.Decision.DeadLetter.class);
    }
}
