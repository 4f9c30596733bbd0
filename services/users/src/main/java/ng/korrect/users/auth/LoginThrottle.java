package ng.korrect.users.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Slows password guessing down without locking owners out ({@link LoginLimits}), with three counts of failed
 * sign-ins within a window:
 * <ul>
 *   <li>one account from one client address: past the limit that client is refused for that account, while
 *       the owner elsewhere is not;</li>
 *   <li>one client address, whatever accounts it tries: past the limit, its attempts wait a delay after its
 *       last failure, doubling from 1 s up to a cap, so one address cannot spray guesses over many accounts;</li>
 *   <li>one account from all clients: past the limit, attempts on it wait a delay after its last failure,
 *       doubling the same way, so that guessing from many addresses is slowed too.</li>
 * </ul>
 * Neither delay applies to a client that signed into the account within {@link #KNOWN_FOR}: the owner's usual
 * address is never kept out, a new one waits at most the cap, and people behind one shared address (an office,
 * or a gateway not listed as trusted) who signed in before are not slowed by another's failures.
 * A refusal comes before any password is checked, with the time to wait. Attempts whose password is being
 * checked count as failures-to-be: one that could pass a limit if they all failed waits (at most
 * {@link #LONGEST_SETTLING}) until they are settled, so concurrent guesses never pass a limit together, while
 * concurrent right passwords only wait for each other near a limit. A success clears the failures of the
 * account (from every client) and makes the client known to it; the client's failures on other accounts stay;
 * an attempt whose password was never checked (the hashing pool was busy) counts for nothing.
 * Kept in memory: each instance of the service counts the attempts it sees, and a restart forgets them.
 * Thread-safe: one lock around the counts, never held while a password is checked.
 */
public final class LoginThrottle {

    /** How long a client that signed into an account is known to it, and not delayed by its failures. */
    public static final Duration KNOWN_FOR = Duration.ofDays(30);
    /** The longest an attempt waits for others near a limit to be settled before it is refused. */
    public static final Duration LONGEST_SETTLING = Duration.ofSeconds(10);
    /** What a refused caller is told to wait when others near a limit took too long to settle. */
    static final Duration SETTLING_RETRY = Duration.ofSeconds(1);
    /** The most known clients kept per account: the most recent. */
    static final int KNOWN_PER_ACCOUNT = 8;
    /** Past this many keys in all, stale ones are swept, bounding memory. */
    private static final int SWEEP_THRESHOLD = 10_000;

    private final LoginLimits limits;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition settled = lock.newCondition();
    private final LoginCounts byPair = new LoginCounts();
    private final LoginCounts byClient = new LoginCounts();
    private final LoginCounts byAccount = new LoginCounts();
    private final Map<String, LinkedHashMap<String, Instant>> knownClients = new HashMap<>();
    private int sweepAt = SWEEP_THRESHOLD;

    /** A throttle with those limits, reading time from that clock. */
    public LoginThrottle(LoginLimits limits, Clock clock) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What {@link #begin} decided: an attempt to report on, or how long to wait first. */
    public sealed interface Admission {
    }

    /**
     * The attempt may check its password; report how it went exactly once.
     *
     * @param attempt the attempt
     */
    public record Admitted(Attempt attempt) implements Admission {
    }

    /**
     * The attempt is refused before any password is checked.
     *
     * @param retryAfter how long to wait before the next attempt may be admitted
     */
    public record Refused(Duration retryAfter) implements Admission {
    }

    /**
     * Checks the limits for that email from that client and, when they allow it, admits the attempt, waiting
     * first for attempts near a limit to be settled.
     */
    public Admission begin(String email, String client) {
        Keys keys = new Keys(accountKey(email), client);
        long deadline = System.nanoTime() + LONGEST_SETTLING.toNanos();
        lock.lock();
        try {
            while (true) {
                Instant now = clock.instant();
                sweepWhenLarge(now);
                Decision decision = decide(keys, now);
                if (decision.refusal() != null) {
                    return decision.refusal();
                }
                if (!decision.mustSettle()) {
                    byPair.start(keys.pair());
                    byClient.start(keys.client());
                    byAccount.start(keys.account());
                    return new Admitted(new Attempt(keys));
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return new Refused(SETTLING_RETRY);
                }
                settled.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Refused(SETTLING_RETRY);
        } finally {
            lock.unlock();
        }
    }

    /** How many keys have counts on record, for tests and metrics. */
    int tracked() {
        lock.lock();
        try {
            return byPair.size() + byClient.size() + byAccount.size();
        } finally {
            lock.unlock();
        }
    }

    private Decision decide(Keys keys, Instant now) {
        Duration wait = Duration.ZERO;
        boolean mustSettle = false;
        Deque<Instant> pair = byPair.failures(keys.pair(), now, limits.window());
        if (pair.size() >= limits.perAccountAndClient()) {
            wait = longer(wait, Duration.between(now, pair.peekFirst().plus(limits.window())));
        }
        mustSettle |= mustSettle(pair, byPair.running(keys.pair()), limits.perAccountAndClient());
        if (!isKnown(keys, now)) { // the owner's usual address is slowed by nobody else's failures
            Deque<Instant> fromClient = byClient.failures(keys.client(), now, limits.window());
            wait = longer(wait, delay(fromClient, limits.perClient(), now));
            mustSettle |= mustSettle(fromClient, byClient.running(keys.client()), limits.perClient());
            Deque<Instant> ofAccount = byAccount.failures(keys.account(), now, limits.window());
            wait = longer(wait, delay(ofAccount, limits.perAccount(), now));
            mustSettle |= mustSettle(ofAccount, byAccount.running(keys.account()), limits.perAccount());
        }
        return new Decision(wait.compareTo(Duration.ZERO) > 0 ? new Refused(wait) : null, mustSettle);
    }

    private Duration delay(Deque<Instant> failures, int limit, Instant now) {
        Duration delay = limits.delay(failures.size(), limit);
        return delay.isZero() ? Duration.ZERO : Duration.between(now, failures.peekLast().plus(delay));
    }

    /** Whether attempts running could, all failing, pass that limit or its next delay unseen: one at a time there. */
    private static boolean mustSettle(Deque<Instant> failures, int running, int limit) {
        return running > 0 && failures.size() + running >= limit;
    }

    /** An attempt of one account from one client, whose password is being checked. Report once. */
    public final class Attempt {

        private final Keys keys;
        private boolean reported;

        private Attempt(Keys keys) {
            this.keys = keys;
        }

        /** The password was wrong (or the account unknown): one failure more in each count. */
        public void failed() {
            settle(() -> {
                Instant now = clock.instant();
                byPair.fail(keys.pair(), now);
                Deque<Instant> fromClient = byClient.fail(keys.client(), now);
                while (fromClient.size() > limits.perClient() + 32) {
                    fromClient.removeFirst();
                }
                Deque<Instant> ofAccount = byAccount.fail(keys.account(), now);
                while (ofAccount.size() > limits.perAccount() + 32) { // the delay is capped long before this
                    ofAccount.removeFirst();
                }
            });
        }

        /**
         * The password was right: the account's failures are cleared, from every client (the client's on other
         * accounts stay), and the client becomes known to the account.
         */
        public void succeeded() {
            settle(() -> {
                byPair.clear(keys.pair());
                byAccount.clear(keys.account());
                LinkedHashMap<String, Instant> known = knownClients.computeIfAbsent(keys.account(), key -> new LinkedHashMap<>());
                known.remove(keys.client());
                known.put(keys.client(), clock.instant());
                while (known.size() > KNOWN_PER_ACCOUNT) {
                    known.remove(known.keySet().iterator().next());
                }
            });
        }

        /** No password was checked (the hashing pool was busy, or the database failed): it counts for nothing. */
        public void abandoned() {
            settle(() -> { });
        }

        private void settle(Runnable change) {
            lock.lock();
            try {
                if (reported) {
                    throw new IllegalStateException("this attempt was reported already");
                }
                reported = true;
                byPair.end(keys.pair());
                byClient.end(keys.client());
                byAccount.end(keys.account());
                change.run();
                settled.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    private boolean isKnown(Keys keys, Instant now) {
        Map<String, Instant> known = knownClients.get(keys.account());
        Instant since = known == null ? null : known.get(keys.client());
        return since != null && since.plus(KNOWN_FOR).isAfter(now);
    }

    private void sweepWhenLarge(Instant now) {
        int size = byPair.size() + byClient.size() + byAccount.size() + knownClients.size();
        if (size <= sweepAt) {
            return;
        }
        for (LoginCounts counts : List.of(byPair, byClient, byAccount)) {
            counts.sweep(now, limits.window());
        }
        knownClients.values().forEach(known -> known.values().removeIf(since -> !since.plus(KNOWN_FOR).isAfter(now)));
        knownClients.values().removeIf(Map::isEmpty);
        sweepAt = Math.max(SWEEP_THRESHOLD, 2 * (byPair.size() + byClient.size() + byAccount.size() + knownClients.size()));
    }

    private static Duration longer(Duration one, Duration other) {
        return one.compareTo(other) >= 0 ? one : other;
    }

    private static String accountKey(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** The three keys of one attempt. */
    private record Keys(String account, String client) {

        String pair() {
            return account + " " + client;
        }
    }

    /** What {@link #decide} found: a refusal (null when none), or whether to wait for attempts to settle. */
    private record Decision(Refused refusal, boolean mustSettle) {
    }
}
