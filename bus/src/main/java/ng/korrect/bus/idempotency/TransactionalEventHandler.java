package ng.korrect.bus.idempotency;

import java.sql.Connection;
import ng.korrect.bus.Delivery;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.payload.EventPayload;

/**
 * A handler whose writes go through the given connection, inside the transaction in which the
 * {@link JdbcIdempotencyGuard} records the event as handled. It must not commit, roll back or close it.
 *
 * @param <P> the payload type
 */
@FunctionalInterface
public interface TransactionalEventHandler<P extends EventPayload> {

    /** Handles the event, writing through {@code transaction}. */
    void handle(Event<P> event, Delivery delivery, Connection transaction) throws Exception;
}
