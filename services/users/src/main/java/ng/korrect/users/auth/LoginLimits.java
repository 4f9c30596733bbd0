package ng.korrect.users.auth;

import java.time.Duration;
import java.util.Objects;

/**
 * How many failed sign-ins the {@link LoginThrottle} allows, and for how long they count. Immutable.
 *
 * @param perAccountAndClient failures of one account from one client address within the window, before that
 *                            client is refused for that account (default {@value #DEFAULT_PER_ACCOUNT_AND_CLIENT})
 * @param perClient failures of one client address within the window, whatever accounts it tried, after which
 *                  its attempts on accounts it has not signed into lately wait a delay after its last failure
 *                  (default {@value #DEFAULT_PER_CLIENT})
 * @param perAccount failures of one account within the window, from all clients together, after which clients
 *                   that have not signed into it lately wait a delay after its last failure
 *                   (default {@value #DEFAULT_PER_ACCOUNT})
 * @param window how long a failure counts (default 15 minutes)
 * @param longestDelay the longest of those delays, which start at {@link #FIRST_DELAY} and double with each
 *                     further failure (default 1 minute)
 */
public record LoginLimits(int perAccountAndClient, int perClient, int perAccount, Duration window, Duration longestDelay) {

    /** The default of {@link #perAccountAndClient()}. */
    public static final int DEFAULT_PER_ACCOUNT_AND_CLIENT = 5;
    /** The default of {@link #perClient()}. */
    public static final int DEFAULT_PER_CLIENT = 20;
    /** The default of {@link #perAccount()}. */
    public static final int DEFAULT_PER_ACCOUNT = 10;
    /** The default of {@link #window()}. */
    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(15);
    /** The default of {@link #longestDelay()}. */
    public static final Duration DEFAULT_LONGEST_DELAY = Duration.ofMinutes(1);
    /** The first delay past {@link #perClient()} or {@link #perAccount()} failures; it doubles with each further failure. */
    public static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    /** The most any limit may be. */
    public static final int MAX_LIMIT = 1000;

    /** The defaults. */
    public static final LoginLimits DEFAULTS = new LoginLimits(DEFAULT_PER_ACCOUNT_AND_CLIENT, DEFAULT_PER_CLIENT,
            DEFAULT_PER_ACCOUNT, DEFAULT_WINDOW, DEFAULT_LONGEST_DELAY);

    /** Rejects limits out of 1 to {@value #MAX_LIMIT} and durations that are not positive. */
    public LoginLimits {
        checkLimit("perAccountAndClient", perAccountAndClient);
        checkLimit("perClient", perClient);
        checkLimit("perAccount", perAccount);
        checkPositive("window", window);
        checkPositive("longestDelay", longestDelay);
    }

    /**
     * The delay after the last failure, before the next attempt of a client or on an account that failed that
     * many times within the window, given its limit; zero below the limit.
     */
    public Duration delay(int failures, int limit) {
        if (failures < limit) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - limit, 30);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(longestDelay) > 0 ? longestDelay : delay;
    }

    private static void checkLimit(String name, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException(name + " must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
    }

    private static void checkPositive(String name, Duration duration) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + duration);
        }
    }
}
