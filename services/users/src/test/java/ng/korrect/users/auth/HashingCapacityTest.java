package ng.korrect.users.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HashingCapacityTest {

    @Test
    void shouldQueueWhatTheThreadsCheckWithinTheWaitBudget() {
        HashingCapacity capacity = HashingCapacity.forWaitBudget(2, Duration.ofMillis(270), Duration.ofSeconds(2));

        assertThat(capacity.queue()).as("2 threads x 2 s / 270 ms").isEqualTo(14);
    }

    @Test
    void shouldQueueAtLeastOnePerThreadAndAtMostTheCapWhateverAHashCosts() {
        assertThat(HashingCapacity.forWaitBudget(2, Duration.ofSeconds(5), Duration.ofSeconds(2)).queue()).isEqualTo(2);
        assertThat(HashingCapacity.forWaitBudget(2, Duration.ofNanos(1), Duration.ofSeconds(2)).queue())
                .isEqualTo(HashingCapacity.MAX_QUEUE);
    }

    @Test
    void shouldAdmitUntilThreadsAndQueueAreTaken() {
        HashingCapacity capacity = new HashingCapacity(2, 3, Duration.ofMillis(100));

        assertThat(capacity.admits(0)).isTrue();
        assertThat(capacity.admits(4)).isTrue();
        assertThat(capacity.admits(5)).isFalse();
    }

    @Test
    void shouldTellARefusedCallerHowLongTheBacklogTakes() {
        HashingCapacity capacity = new HashingCapacity(2, 3, Duration.ofMillis(100));

        assertThat(capacity.drainTime(5)).as("three rounds of two").isEqualTo(Duration.ofMillis(300));
        assertThat(capacity.drainTime(0)).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void shouldRefuseNoThreadsANegativeQueueOrANonPositiveCost() {
        assertThatThrownBy(() -> new HashingCapacity(0, 1, Duration.ofMillis(1))).hasMessageContaining("threads");
        assertThatThrownBy(() -> new HashingCapacity(1, -1, Duration.ofMillis(1))).hasMessageContaining("queue");
        assertThatThrownBy(() -> new HashingCapacity(1, 1, Duration.ZERO)).hasMessageContaining("costOfOneHash");
    }
}
