package ng.korrect.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.DisputeEscalated;
import ng.korrect.catalog.payload.DisputeOpened;
import ng.korrect.service.testing.MutableClock;
import ng.korrect.service.testing.ServiceFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two instances of the transaction service on one PostgreSQL schema and one Redis, as two processes run them:
 * the dispute escalation of both, run at once, escalates each dispute once and publishes
 * {@code dispute.escalated} once, and the two outbox relays put each event on its stream once.
 */
class SeveralInstancesIT {

    private static final MutableClock CLOCK = MutableClock.startingNow();

    @RegisterExtension
    static final ServiceFixture<TransactionService> TRANSACTION = ServiceFixture.of(ServiceName.TRANSACTION,
            config -> new TransactionService(config, ArtisanStub.settings(Map.of(
                    "KORRECT_DISPUTE_ESCALATION_DAYS", "7", "KORRECT_DISPUTE_ESCALATION_INTERVAL_SECONDS", "3600")), CLOCK));

    private final Parties parties = new Parties(TRANSACTION);

    @Test
    void shouldEscalateEachDisputeOnceWhenTwoInstancesRunTheJobAtOnce() throws Exception {
        TransactionService second = TRANSACTION.startAnotherInstance();
        List<String> disputes = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            disputes.add(parties.openDispute(parties.fundedEscrow()));
        }
        CLOCK.advance(Duration.ofDays(8));

        int escalated = 0;
        try (ExecutorService both = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Callable<Integer>> rounds = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                rounds.add(() -> TRANSACTION.service().runEscalation());
                rounds.add(second::runEscalation);
            }
            for (Future<Integer> result : both.invokeAll(rounds)) {
                escalated += result.get();
            }
        }
        TRANSACTION.awaitOutboxDrained();

        assertThat(escalated).as("escalations counted by the two instances' rounds").isEqualTo(disputes.size());
        assertThat(TRANSACTION.count("SELECT COUNT(*) FROM disputes WHERE escalated_at IS NOT NULL")).isEqualTo(disputes.size());
        Map<String, Long> escalations = TRANSACTION.events(DisputeEscalated.class).stream()
                .collect(Collectors.groupingBy(event -> event.payload().disputeId(), Collectors.counting()));
        assertThat(escalations).as("dispute.escalated per dispute")
                .isEqualTo(disputes.stream().collect(Collectors.toMap(Function.identity(), id -> 1L)));
        assertThat(TRANSACTION.events(DisputeOpened.class)).as("dispute.opened, once each, from either relay")
                .hasSize(disputes.size());
        assertThat(TRANSACTION.count("SELECT COUNT(*) FROM korrect_outbox"))
                .as("every outbox row, each once on its stream").isEqualTo(totalStreamEntries());
    }

    private static long totalStreamEntries() {
        return TRANSACTION.snapshot().streams().values().stream().mapToLong(Long::longValue).sum();
    }
}
