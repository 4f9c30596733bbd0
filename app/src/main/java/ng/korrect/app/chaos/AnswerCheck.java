package ng.korrect.app.chaos;

import java.util.ArrayList;
import java.util.List;

/**
 * The answers themselves, from the {@link Journal}: a request never hangs (no answer within the client's
 * timeout while the platform was not killed), a server error is a finding, and while the database
 * connections are cut, a request answered with an error must answer 503 {@code unavailable}. A 503
 * {@code busy} with a {@code Retry-After} that the workload waited for and sent again is back-pressure, not a
 * finding; one still refused after {@link BackPressure#ATTEMPTS} sends is.
 */
final class AnswerCheck {

    /** How long after the database comes back answers still count as answered during the break. */
    private static final long GRACE_NANOS = 3_000_000_000L;

    private AnswerCheck() {
    }

    /**
     * A time span in which the database connections were cut.
     *
     * @param fromNanos when the cut began ({@link System#nanoTime()})
     * @param untilNanos when connections were let through again
     */
    record Window(long fromNanos, long untilNanos) {

        boolean covers(Journal.Entry entry) {
            return entry.doneNanos() >= fromNanos && entry.sentNanos() <= untilNanos + GRACE_NANOS;
        }
    }

    /** Runs the check; returns the violations. */
    static List<Violation> check(Journal journal, List<Window> databaseCuts) {
        List<Violation> violations = new ArrayList<>();
        for (Journal.Entry entry : journal.entries()) {
            if (entry.outcome() == Journal.Outcome.BACK_PRESSURE) {
                continue;
            }
            boolean duringCut = databaseCuts.stream().anyMatch(window -> window.covers(entry));
            if (entry.timedOut() && entry.startsBefore() == entry.startsAfter()) {
                violations.add(new Violation("answers: hang", "an answer within " + ChaosHttp.REQUEST_TIMEOUT.toSeconds() + " s"
                        + (duringCut ? " (database cut: 503 unavailable)" : ""), "none: " + entry));
            } else if (entry.status() >= 500 && duringCut && !(entry.status() == 503 && "unavailable".equals(entry.errorCode()))) {
                violations.add(new Violation("answers: database cut", "503 unavailable while the database is unreachable",
                        entry.toString()));
            } else if (entry.status() >= 500 && !duringCut) {
                violations.add(new Violation("answers: server error", "no 5xx outside a database cut", entry.toString()));
            }
        }
        return violations;
    }
}
