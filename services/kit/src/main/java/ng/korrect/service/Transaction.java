package ng.korrect.service;

import java.sql.Connection;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.payload.EventPayload;

/**
 * One database transaction of {@link Transactions#inTransaction}: write through {@link #connection()}
 * and {@link #publish} events; both commit together or neither does. Not thread-safe; use it only
 * inside the work it was given to.
 */
public interface Transaction {

    /** The transaction's connection; do not commit, roll back or close it. */
    Connection connection();

    /**
     * Adds the event to the outbox in this transaction, with the current correlation id
     * ({@link Correlation#current()}); the relay publishes it after the commit.
     *
     * @return the envelope written, with its event id
     * @throws ng.korrect.catalog.InvalidEventException when the payload breaks a rule of the catalog
     */
    <P extends EventPayload> Event<P> publish(P payload);
}
