package ng.korrect.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Clock;
import java.util.Map;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.DisputeEscalated;
import ng.korrect.service.testing.MutableClock;
import ng.korrect.service.testing.ServiceFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The escalation job as the running service schedules it (every second here), rather than called by the test. */
class EscalationScheduleIT {

    private static final MutableClock CLOCK = MutableClock.startingNow();

    @RegisterExtension
    static final ServiceFixture<TransactionService> TRANSACTION = ServiceFixture.of(ServiceName.TRANSACTION,
            config -> new TransactionService(config, ArtisanStub.settings(Map.of(
                    "KORRECT_DISPUTE_ESCALATION_DAYS", "3", "KORRECT_DISPUTE_ESCALATION_INTERVAL_SECONDS", "1")), CLOCK));

    private final Parties parties = new Parties(TRANSACTION);

    @Test
    void shouldEscalateOnItsOwnScheduleOnceTheConfiguredDaysHavePassed() {
        String disputeId = parties.openDispute(parties.fundedEscrow());

        CLOCK.advance(Duration.ofDays(3).plusHours(1));

        Event<DisputeEscalated> event = TRANSACTION.awaitEvent(DisputeEscalated.class, p -> p.disputeId().equals(disputeId));
        assertThat(event.payload().daysOpen()).isEqualTo(3);
        assertThat(TRANSACTION.count("SELECT COUNT(*) FROM disputes WHERE id = ? AND escalated_at IS NOT NULL", disputeId))
                .isEqualTo(1);
    }
}
