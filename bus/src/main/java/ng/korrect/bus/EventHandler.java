package ng.korrect.bus;

import ng.korrect.catalog.Event;
import ng.korrect.catalog.payload.EventPayload;

/**
 * Handles events of one type for a consumer group. Returning normally means success: the entry is
 * acknowledged once every handler of the group for its type has succeeded. Throwing anything means
 * failure, of one of two kinds ({@link ng.korrect.bus.policy.FailureClassification}): a retriable failure
 * (a database, Redis or another service down, a read model not ready) is delivered again after a backoff,
 * and dead-lettered after the last delivery; a permanent one (a {@link PermanentFailureException}, a
 * programming error such as an {@link IllegalArgumentException} or a {@link NullPointerException}, or what
 * the group's {@link EventBus.GroupBuilder#permanentWhen} says) is dead-lettered at once, with its reason.
 * A handler must tolerate a second delivery of the same event (use an idempotency guard).
 *
 * @param <P> the payload type
 */
@FunctionalInterface
public interface EventHandler<P extends EventPayload> {

    /** Handles one delivery of an event. */
    void handle(Event<P> event, Delivery delivery) throws Exception;
}
