package ng.korrect.bus.internal;

import java.util.Optional;
import ng.korrect.catalog.Event;

/**
 * The event a handler is running for, on the handler's thread, so that what the handler publishes
 * inherits its correlation id.
 */
final class CurrentDelivery {

    private static final ThreadLocal<Event<?>> CURRENT = new ThreadLocal<>();

    private CurrentDelivery() {
    }

    static void set(Event<?> event) {
        CURRENT.set(event);
    }

    static void clear() {
        CURRENT.remove();
    }

    /** The correlation id of the event being handled on this thread, if any. */
    static Optional<String> correlationId() {
        Event<?> event = CURRENT.get();
        return event == null ? Optional.empty() : event.correlationId();
    }
}
