package ng.korrect.service;

import java.util.Optional;
import java.util.UUID;
import org.slf4j.MDC;

/**
 * The correlation id of the work the current thread does: set by the HTTP layer for the length of a
 * request (from {@code X-Correlation-Id}, or generated), read by {@link Transactions} so that the
 * events a request causes carry it, and mirrored into the SLF4J MDC under {@value #MDC_KEY}.
 * Inside a consumer group's handler the bus itself carries the handled event's correlation id on.
 */
public final class Correlation {

    /** The MDC key of the correlation id. */
    public static final String MDC_KEY = "correlationId";
    /** The MDC key of the request id. */
    public static final String REQUEST_MDC_KEY = "requestId";

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private Correlation() {
    }

    /** The current thread's correlation id, if one is set. */
    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Sets the current thread's correlation id (and the MDC's); {@link #clear()} when the work ends. */
    public static void set(String correlationId) {
        CURRENT.set(correlationId);
        MDC.put(MDC_KEY, correlationId);
    }

    /** Removes the current thread's correlation id and request id. */
    public static void clear() {
        CURRENT.remove();
        MDC.remove(MDC_KEY);
        MDC.remove(REQUEST_MDC_KEY);
    }

    /** A new correlation id. */
    public static String generate() {
        return UUID.randomUUID().toString();
    }
}
