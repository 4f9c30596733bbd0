package ng.korrect.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/**
 * Whether a service may take traffic: it has finished starting, is not stopping, and every named
 * check passes (migrations ran, the database answers, Redis answers, the consumer group runs).
 * {@code GET /health/ready} answers 200 only then, else 503 naming the failing parts. Thread-safe.
 */
public final class Readiness {

    /** The part that is down until the start completes and again once a stop begins. */
    public static final String STARTED = "started";

    private final List<Map.Entry<String, BooleanSupplier>> checks = new CopyOnWriteArrayList<>();
    private volatile boolean started;

    /** Adds a named check; it is asked on every readiness request, so it must be quick. */
    public Readiness check(String part, BooleanSupplier check) {
        checks.add(Map.entry(Objects.requireNonNull(part, "part"), Objects.requireNonNull(check, "check")));
        return this;
    }

    /** Marks the start complete (true) or a stop begun (false). */
    public void started(boolean value) {
        started = value;
    }

    /** Each part and whether it is up, in the order added, {@value #STARTED} first. */
    public Map<String, Boolean> parts() {
        Map<String, Boolean> parts = new LinkedHashMap<>();
        parts.put(STARTED, started);
        for (Map.Entry<String, BooleanSupplier> check : checks) {
            parts.put(check.getKey(), safely(check.getValue()));
        }
        return parts;
    }

    /** Whether every part is up. */
    public boolean ready() {
        return !parts().containsValue(false);
    }

    private static boolean safely(BooleanSupplier check) {
        try {
            return check.getAsBoolean();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
