package ng.korrect.users.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@code maxFailures} failed sign-ins for one email address from one
 * client address within {@code window}, further attempts from there are refused, before any password is
 * checked, until the oldest of those failures is older than the window. A successful sign-in clears the
 * count. Keyed by email and client together, so that someone guessing from elsewhere cannot lock the
 * owner out. Kept in memory: each instance of the service counts the attempts it sees, and a restart
 * forgets them. Thread-safe.
 */
public final class LoginThrottle {

    /** Past this many tracked keys, stale ones are swept on the next failure, bounding memory. */
    private static final int SWEEP_THRESHOLD = 10_000;

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    /** A throttle allowing that many failures per window, reading time from that clock. */
    public LoginThrottle(int maxFailures, Duration window, Clock clock) {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1, was " + maxFailures);
        }
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive, was " + window);
        }
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** How long that email from that client must wait before its next attempt; empty when it may try now. */
    public Optional<Duration> waitBeforeAttempt(String email, String client) {
        Deque<Instant> recent = failures.get(key(email, client));
        if (recent == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        synchronized (recent) {
            dropExpired(recent, now);
            if (recent.size() < maxFailures) {
                return Optional.empty();
            }
            return Optional.of(Duration.between(now, recent.peekFirst().plus(window)));
        }
    }

    /** Counts a failed attempt of that email from that client. */
    public void failed(String email, String client) {
        if (failures.size() > SWEEP_THRESHOLD) {
            sweep();
        }
        Instant now = clock.instant();
        Deque<Instant> recent = failures.computeIfAbsent(key(email, client), k -> new ArrayDeque<>());
        synchronized (recent) {
            dropExpired(recent, now);
            recent.addLast(now);
            while (recent.size() > maxFailures) {
                recent.removeFirst();
            }
        }
    }

    /** Forgets the failures of that email from that client, after it signed in. */
    public void succeeded(String email, String client) {
        failures.remove(key(email, client));
    }

    /** How many email and client pairs have failures on record, for tests and metrics. */
    int tracked() {
        return failures.size();
    }

    private void sweep() {
        Instant now = clock.instant();
        failures.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                dropExpired(entry.getValue(), now);
                return entry.getValue().isEmpty();
            }
        });
    }

    private void dropExpired(Deque<Instant> recent, Instant now) {
        Instant oldestKept = now.minus(window);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(oldestKept)) {
            recent.removeFirst();
        }
    }

    private static String key(String email, String client) {
        return email.trim().toLowerCase(Locale.ROOT) + " " + client;
    }
}
