package ng.korrect.users.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Slows password guessing down without locking owners out ({@link LoginLimits}), with three counts of failed
 * sign-ins within a window:
 * <ul>
 *   <li>one account from one client address: past the limit that client is refused for that account, while
 *       the owner elsewhere is not;</li>
 *   <li>one client address, whatever accounts it tries: past the limit it is refused for all of them, so one
 *       address cannot guess at many accounts;</li>
 *   <li>one account from all clients: past the limit, each attempt of a client that has not signed into the
 *       account lately waits a delay after the last failure, doubling from 1 s up to a cap, so that guessing from
 *       many addresses is slowed too; a client that signed into the account within {@link #KNOWN_FOR} is not
 *       delayed, so the owner's usual address is never kept out, and a new one waits at most the cap.</li>
 * </ul>
 * A refusal comes before any password is checked, with the time to wait. An attempt is counted when it
 * begins ({@link #begin}), atomically with the checks, so concurrent guesses cannot pass a limit together; a
 * success then clears the failures of the account (from every client) and takes its own back from the client's
 * count, an attempt that could not be checked (the hashing pool was busy) is taken back, a failure stays.
 * Kept in memory: each instance of the service counts the attempts it sees, and a restart forgets them.
 * Thread-safe: one lock around the counts, never held while a password is checked.
 */
public final class LoginThrottle {

    /** How long a client that signed into an account is known to it, and not delayed by its failures. */
    public static final Duration KNOWN_FOR = Duration.ofDays(30);
    /** The most known clients kept per account: the most recent. */
    static final int KNOWN_PER_ACCOUNT = 8;
    /** Past this many keys in all, stale ones are swept, bounding memory. */
    private static final int SWEEP_THRESHOLD = 10_000;

    private final LoginLimits limits;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, Deque<Instant>> byPair = new HashMap<>();
    private final Map<String, Deque<Instant>> byClient = new HashMap<>();
    private final Map<String, Deque<Instant>> byAccount = new HashMap<>();
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
     * @param attempt the attempt, counted as a failure until told otherwise
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

    /** Checks the limits for that email from that client and, when they allow it, counts the attempt at once. */
    public Admission begin(String email, String client) {
        String account = accountKey(email);
        lock.lock();
        try {
            Instant now = clock.instant();
            sweepWhenLarge(now);
            Deque<Instant> pair = live(byPair, pairKey(account, client), now);
            Deque<Instant> fromClient = live(byClient, client, now);
            Deque<Instant> ofAccount = live(byAccount, account, now);
            Duration wait = Duration.ZERO;
            if (pair.size() >= limits.perAccountAndClient()) {
                wait = longer(wait, Duration.between(now, pair.peekFirst().plus(limits.window())));
            }
            if (fromClient.size() >= limits.perClient()) {
                wait = longer(wait, Duration.between(now, fromClient.peekFirst().plus(limits.window())));
            }
            if (!isKnown(account, client, now)) {
                Duration delay = limits.accountDelay(ofAccount.size());
                if (!delay.isZero()) {
                    wait = longer(wait, Duration.between(now, ofAccount.peekLast().plus(delay)));
                }
            }
            if (wait.compareTo(Duration.ZERO) > 0) {
                return new Refused(wait);
            }
            count(byPair, pairKey(account, client), now);
            count(byClient, client, now);
            Deque<Instant> accountCount = count(byAccount, account, now);
            while (accountCount.size() > limits.perAccount() + 32) { // the delay is capped well before this
                accountCount.removeFirst();
            }
            return new Admitted(new Attempt(account, client, now));
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

    /** One admitted attempt, counted as a failure until it reports otherwise. Report once. */
    public final class Attempt {

        private final String account;
        private final String client;
        private final Instant at;
        private boolean reported;

        private Attempt(String account, String client, Instant at) {
            this.account = account;
            this.client = client;
            this.at = at;
        }

        /** The password was wrong (or the account unknown): the attempt stays counted. */
        public void failed() {
            report();
        }

        /**
         * The password was right: the account's failures are cleared, from every client, this attempt is taken
         * back from the client's count (its failures on other accounts stay), and the client becomes known to
         * the account.
         */
        public void succeeded() {
            lock.lock();
            try {
                report();
                byPair.remove(pairKey(account, client));
                byAccount.remove(account);
                takeBack(byClient, client);
                LinkedHashMap<String, Instant> known = knownClients.computeIfAbsent(account, key -> new LinkedHashMap<>());
                known.remove(client);
                known.put(client, clock.instant());
                while (known.size() > KNOWN_PER_ACCOUNT) {
                    known.remove(known.keySet().iterator().next());
                }
            } finally {
                lock.unlock();
            }
        }

        /** No password was checked (the hashing pool was busy, or the database failed): the attempt is taken back. */
        public void abandoned() {
            lock.lock();
            try {
                report();
                takeBack(byPair, pairKey(account, client));
                takeBack(byClient, client);
                takeBack(byAccount, account);
            } finally {
                lock.unlock();
            }
        }

        private void report() {
            if (reported) {
                throw new IllegalStateException("this attempt was reported already");
            }
            reported = true;
        }

        private void takeBack(Map<String, Deque<Instant>> counts, String key) {
            Deque<Instant> recent = counts.get(key);
            if (recent != null) {
                recent.removeLastOccurrence(at);
                if (recent.isEmpty()) {
                    counts.remove(key);
                }
            }
        }
    }

    private boolean isKnown(String account, String client, Instant now) {
        Map<String, Instant> known = knownClients.get(account);
        Instant since = known == null ? null : known.get(client);
        return since != null && since.plus(KNOWN_FOR).isAfter(now);
    }

    private Deque<Instant> live(Map<String, Deque<Instant>> counts, String key, Instant now) {
        Deque<Instant> recent = counts.get(key);
        if (recent == null) {
            return new ArrayDeque<>(0);
        }
        dropExpired(recent, now);
        if (recent.isEmpty()) {
            counts.remove(key);
        }
        return recent;
    }

    private static Deque<Instant> count(Map<String, Deque<Instant>> counts, String key, Instant now) {
        Deque<Instant> recent = counts.computeIfAbsent(key, k -> new ArrayDeque<>());
        recent.addLast(now);
        return recent;
    }

    private void sweepWhenLarge(Instant now) {
        int size = byPair.size() + byClient.size() + byAccount.size() + knownClients.size();
        if (size <= sweepAt) {
            return;
        }
        for (Map<String, Deque<Instant>> counts : java.util.List.of(byPair, byClient, byAccount)) {
            counts.values().forEach(recent -> dropExpired(recent, now));
            counts.values().removeIf(Deque::isEmpty);
        }
        knownClients.values().forEach(known -> known.values().removeIf(since -> !since.plus(KNOWN_FOR).isAfter(now)));
        knownClients.values().removeIf(Map::isEmpty);
        sweepAt = Math.max(SWEEP_THRESHOLD, 2 * (byPair.size() + byClient.size() + byAccount.size() + knownClients.size()));
    }

    private void dropExpired(Deque<Instant> recent, Instant now) {
        Instant oldestKept = now.minus(limits.window());
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(oldestKept)) {
            recent.removeFirst();
        }
    }

    private static Duration longer(Duration one, Duration other) {
        return one.compareTo(other) >= 0 ? one : other;
    }

    private static String accountKey(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static String pairKey(String account, String client) {
        return account + " " + client;
    }
}
