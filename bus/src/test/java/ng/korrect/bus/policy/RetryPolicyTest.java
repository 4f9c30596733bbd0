package ng.korrect.bus.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy noJitterTop = RetryPolicy.DEFAULT.withRandom(() -> 0.999_999);
    private final RetryPolicy noJitterBottom = RetryPolicy.DEFAULT.withRandom(() -> 0.0);

    @Test
    void shouldRetryWithADoublingDelayBeforeTheLastDelivery() {
        assertThat(noJitterTop.afterFailure(1)).isEqualTo(new RetryPolicy.Decision.Retry(almost(200)));
        assertThat(noJitterTop.afterFailure(2)).isEqualTo(new RetryPolicy.Decision.Retry(almost(400)));
        assertThat(noJitterTop.afterFailure(4)).isEqualTo(new RetryPolicy.Decision.Retry(almost(1600)));
    }

    @Test
    void shouldKeepAtLeastHalfTheDelayWhateverTheJitter() {
        assertThat(noJitterBottom.afterFailure(1)).isEqualTo(new RetryPolicy.Decision.Retry(Duration.ofMillis(100)));
        assertThat(noJitterBottom.afterFailure(3)).isEqualTo(new RetryPolicy.Decision.Retry(Duration.ofMillis(400)));
    }

    @Test
    void shouldNeverWaitLongerThanTheMaximumBackoff() {
        RetryPolicy policy = noJitterTop.withMaxDeliveries(100);
        assertThat(((RetryPolicy.Decision.Retry) policy.afterFailure(60)).delay()).isLessThanOrEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void shouldDeadLetterAfterTheFifthDelivery() {
        assertThat(RetryPolicy.DEFAULT.afterFailure(5)).isInstanceOf(RetryPolicy.Decision.DeadLetter.class);
        assertThat(((RetryPolicy.Decision.DeadLetter) RetryPolicy.DEFAULT.afterFailure(5)).reason())
                .isEqualTo("failed 5 deliveries, the maximum");
        assertThat(RetryPolicy.DEFAULT.afterFailure(4)).isInstanceOf(RetryPolicy.Decision.Retry.class);
    }

    @Test
    void shouldDeadLetterAPermanentFailureAtOnceAndSaySo() {
        assertThat(RetryPolicy.DEFAULT.afterFailure(1, FailureKind.PERMANENT))
                .isEqualTo(new RetryPolicy.Decision.DeadLetter("a permanent failure at delivery 1, not retried", true));
        assertThat(RetryPolicy.DEFAULT.withMaxDeliveries(100).afterFailure(3, FailureKind.PERMANENT))
                .isInstanceOf(RetryPolicy.Decision.DeadLetter.class);
    }

    @Test
    void shouldMarkTheDeadLetterOfARetriableFailureThatRanOutOfDeliveriesNotPermanent() {
        assertThat(RetryPolicy.DEFAULT.afterFailure(5, FailureKind.RETRIABLE))
                .isEqualTo(new RetryPolicy.Decision.DeadLetter("failed 5 deliveries, the maximum", false));
        assertThat(noJitterBottom.afterFailure(1, FailureKind.RETRIABLE)).isEqualTo(noJitterBottom.afterFailure(1));
    }

    @Test
    void shouldRejectSettingsThatMakeNoSense() {
        assertThatThrownBy(() -> RetryPolicy.DEFAULT.withMaxDeliveries(0)).hasMessageContaining("maxDeliveries");
        assertThatThrownBy(() -> RetryPolicy.DEFAULT.withBackoff(Duration.ZERO, Duration.ofSeconds(1)))
                .hasMessageContaining("initialBackoff");
    }

    private static Duration almost(long millis) {
        return Duration.ofNanos((long) (millis * 1_000_000L / 2 + 0.999_999 * millis * 1_000_000L / 2));
    }
}
