package ng.korrect.transaction.dispute;

import java.time.Duration;
import java.time.Instant;

/** How long a dispute has been open, in whole days, and whether that is long enough to escalate it. */
public final class DisputeAge {

    private DisputeAge() {
    }

    /** The whole days between opening and now (a day not yet complete does not count). */
    public static int daysOpen(Instant openedAt, Instant now) {
        return (int) Math.max(0, Duration.between(openedAt, now).toDays());
    }

    /** Whether a dispute opened then is due for escalation now, given how long disputes may stay open. */
    public static boolean due(Instant openedAt, Instant now, Duration escalationAfter) {
        return !openedAt.plus(escalationAfter).isAfter(now);
    }
}
