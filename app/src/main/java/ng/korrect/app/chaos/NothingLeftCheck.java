package ng.korrect.app.chaos;

import java.util.ArrayList;
import java.util.List;

/**
 * Check (d): nothing is left behind: no entry in any {@code korrect:dlq:*} stream, no outbox row still
 * unsent or with an error (pending entries and lag are found by {@link Quiescence}).
 */
final class NothingLeftCheck {

    private NothingLeftCheck() {
    }

    /** Runs the check; returns the violations. */
    static List<Violation> check(WireSnapshot wire, DatabaseSnapshot databases) {
        List<Violation> violations = new ArrayList<>();
        wire.deadLetters().forEach((stream, length) ->
                violations.add(new Violation("nothing left: dead letters", "no entry in " + stream, length + " entries")));
        for (DatabaseSnapshot.OutboxRow row : databases.outbox()) {
            if (!row.sent()) {
                violations.add(new Violation("nothing left: outbox", "outbox row of " + row.eventType() + " " + row.eventId()
                        + " in " + row.service().wireName() + " sent", "sent_at NULL"));
            }
            if (row.error() != null) {
                violations.add(new Violation("nothing left: outbox", "no error on the outbox row of " + row.eventType() + " "
                        + row.eventId() + " in " + row.service().wireName(), row.error()));
            }
        }
        return violations;
    }
}
