package ng.korrect.users.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@link LoginThrottle}'s failures within the window and attempts running, per key (an account, a client,
 * or the pair). Not thread-safe: used under the throttle's lock only.
 */
final class LoginCounts {

    private final Map<String, Deque<Instant>> failures = new HashMap<>();
    private final Map<String, Integer> running = new HashMap<>();

    Deque<Instant> failures(String key, Instant now, Duration window) {
        Deque<Instant> recent = failures.get(key);
        if (recent == null) {
            return new ArrayDeque<>(0);
        }
        dropExpired(recent, now, window);
        if (recent.isEmpty()) {
            failures.remove(key);
        }
        return recent;
    }

    int running(String key) {
        return running.getOrDefault(key, 0);
    }

    void start(String key) {
        running.merge(key, 1, Integer::sum);
    }

    void end(String key) {
        running.computeIfPresent(key, (k, count) -> count == 1 ? null : count - 1);
    }

    Deque<Instant> fail(String key, Instant now) {
        Deque<Instant> recent = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        recent.addLast(now);
        return recent;
    }

    void clear(String key) {
        failures.remove(key);
    }

    int size() {
        return failures.size() + running.size();
    }

    void sweep(Instant now, Duration window) {
        failures.values().forEach(recent -> dropExpired(recent, now, window));
        failures.values().removeIf(Deque::isEmpty);
    }

    private static void dropExpired(Deque<Instant> recent, Instant now, Duration window) {
        Instant oldestKept = now.minus(window);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(oldestKept)) {
            recent.removeFirst();
        }
    }
}
