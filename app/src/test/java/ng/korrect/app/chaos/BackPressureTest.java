package ng.korrect.app.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The workload waits for and resends what a service refused as busy, and only that, a bounded number of times. */
class BackPressureTest {

    @Test
    void shouldWaitTheRetryAfterOfA503BusyBeforeSendingAgain() {
        assertThat(BackPressure.retryAfter(503, "busy", Optional.of("2"), 1)).contains(Duration.ofSeconds(2));
    }

    @Test
    void shouldWaitNoLongerThanTheLongestWaitWhateverTheServiceAsks() {
        assertThat(BackPressure.retryAfter(503, "busy", Optional.of("3600"), 1)).contains(BackPressure.LONGEST_WAIT);
    }

    @Test
    void shouldTakeTheAnswerAsFinalAfterTheLastAttempt() {
        assertThat(BackPressure.retryAfter(503, "busy", Optional.of("1"), BackPressure.ATTEMPTS - 1)).isPresent();
        assertThat(BackPressure.retryAfter(503, "busy", Optional.of("1"), BackPressure.ATTEMPTS)).isEmpty();
    }

    @Test
    void shouldNotResendAnUnavailableDependencyAServerErrorOrABusyWithoutRetryAfter() {
        assertThat(BackPressure.retryAfter(503, "unavailable", Optional.of("2"), 1)).isEmpty();
        assertThat(BackPressure.retryAfter(500, "internal", Optional.empty(), 1)).isEmpty();
        assertThat(BackPressure.retryAfter(503, "busy", Optional.empty(), 1)).isEmpty();
        assertThat(BackPressure.retryAfter(503, "busy", Optional.of("Wed, 21 Oct 2026 07:28:00 GMT"), 1)).isEmpty();
    }

    @Test
    void shouldNotCountABusyThatWasResentAsAViolationButOneThatStayedBusy() {
        Journal journal = new Journal();
        journal.record(new Journal.Entry("a0", "register customer a0-1", "POST /api/v1/auth/register",
                Journal.Outcome.BACK_PRESSURE, 503, "busy", false, 1, 1, 100, 200));
        journal.record(new Journal.Entry("a0", "register customer a0-1", "POST /api/v1/auth/register",
                Journal.Outcome.OTHER_STATUS, 503, "busy", false, 1, 1, 300, 400));

        assertThat(AnswerCheck.check(journal, List.of())).extracting(Violation::found)
                .singleElement().asString().contains("(POST /api/v1/auth/register): 503 busy");
    }
}
