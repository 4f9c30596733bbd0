package ng.korrect.transaction.dispute;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import ng.korrect.catalog.payload.DisputeEscalated;
import ng.korrect.service.Transactions;

/**
 * Escalates disputes left unresolved longer than the configured time: each one once, with
 * {@code dispute.escalated} carrying how many whole days it has been open. Runs on the service's clock,
 * so tests move time instead of waiting. Safe to run concurrently: the mark is a conditional update.
 */
public final class DisputeEscalation {

    private final Transactions transactions;
    private final Clock clock;
    private final Duration escalationAfter;
    private final DisputeRepository disputes = new DisputeRepository();

    /** Escalation of disputes open longer than {@code escalationAfter}, on that clock. */
    public DisputeEscalation(Transactions transactions, Clock clock, Duration escalationAfter) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.escalationAfter = Objects.requireNonNull(escalationAfter, "escalationAfter");
    }

    /** Escalates every dispute due now; returns how many were escalated. */
    public int runEscalation() {
        Instant now = clock.instant();
        List<String> due = transactions.inTransaction(tx -> disputes.dueForEscalation(tx.connection(),
                now.minus(escalationAfter)));
        int escalated = 0;
        for (String id : due) {
            if (escalate(id, now)) {
                escalated++;
            }
        }
        return escalated;
    }

    private boolean escalate(String id, Instant now) {
        return transactions.inTransaction(tx -> {
            Dispute dispute = disputes.lock(tx.connection(), id).orElseThrow();
            if (!DisputeAge.due(dispute.openedAt(), now, escalationAfter)
                    || !disputes.markEscalated(tx.connection(), id, now)) {
                return false;
            }
            int days = DisputeAge.daysOpen(dispute.openedAt(), now);
            tx.publish(new DisputeEscalated(id, "unresolved for " + days + " days (escalation after "
                    + escalationAfter.toDays() + " days)", days));
            return true;
        });
    }
}
