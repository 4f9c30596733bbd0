package ng.korrect.users.verification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How often verification mails may go to one account and to one address: at most one a minute, and at
 * most five a day, the registration's included. Resending on demand cannot then flood someone's mailbox
 * (twenty resends sent twenty-two mails), nor can a new account for the same address restart the count.
 * Pure; thread-safe.
 *
 * @param minimumInterval the least time between two mails
 * @param perDay the most mails in a day
 */
public record ResendLimit(Duration minimumInterval, int perDay) {

    /** One a minute, five a day. */
    public static final ResendLimit DEFAULT = new ResendLimit(Duration.ofMinutes(1), 5);

    /** The window that {@link #perDay} counts in. */
    public static final Duration DAY = Duration.ofDays(1);

    /**
     * How long to wait before another mail may go, given when mails went (to the account and to the
     * address, in any order, within the last day); empty when one may go now.
     */
    public Optional<Duration> waitBeforeNext(List<Instant> sent, Instant now) {
        List<Instant> lastDay = sent.stream().filter(at -> at.isAfter(now.minus(DAY))).sorted().toList();
        Duration wait = Duration.ZERO;
        if (!lastDay.isEmpty()) {
            Duration sinceLast = Duration.between(lastDay.get(lastDay.size() - 1), now);
            if (sinceLast.compareTo(minimumInterval) < 0) {
                wait = minimumInterval.minus(sinceLast);
            }
        }
        if (lastDay.size() >= perDay) {
            Duration untilOldestLeaves = Duration.between(now, lastDay.get(lastDay.size() - perDay).plus(DAY));
            wait = untilOldestLeaves.compareTo(wait) > 0 ? untilOldestLeaves : wait;
        }
        return wait.isZero() || wait.isNegative() ? Optional.empty() : Optional.of(wait);
    }
}
