package ng.korrect.bus;

import ng.korrect.catalog.Event;
import ng.korrect.catalog.payload.EventPayload;

/**
 * Handles events of one type for a consumer group. Returning normally means success: the entry is
 * acknowledged once every handler of the group for its type has succeeded. Throwing anything means
 * failure: the entry is delivered again after a backoff, and dead-lettered after the last delivery.
 * A handler must tolerate a second delivery of the same event (use an idempotency guard).
 *
 * @param <P> the payload type
 */
@FunctionalInterface
public interface EventHandler<P extends EventPayload> {

    /** Handles one delivery of an event. */
    void handle(Event<P> event, Delivery delivery) throws Exception;
}
