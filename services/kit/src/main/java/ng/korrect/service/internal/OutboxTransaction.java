package ng.korrect.service.internal;

import java.sql.Connection;
import java.sql.SQLException;
import ng.korrect.bus.EnvelopeFactory;
import ng.korrect.bus.PublishOptions;
import ng.korrect.bus.outbox.TransactionalOutbox;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.payload.EventPayload;
import ng.korrect.service.DatabaseException;
import ng.korrect.service.Transaction;

/** A {@link Transaction} whose events, minted by the factory, go into the outbox on its connection. */
public record OutboxTransaction(Connection connection, EnvelopeFactory envelopes, TransactionalOutbox outbox,
                                PublishOptions options) implements Transaction {

    @Override
    public <P extends EventPayload> Event<P> publish(P payload) {
        Event<P> event = envelopes.envelope(payload, options);
        try {
            outbox.add(connection, event);
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
        return event;
    }
}
