package ng.korrect.bus.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import ng.korrect.bus.EncodedEvent;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.EventCodec;

/**
 * Writes events into the outbox table inside the caller's transaction: they become visible to the
 * relay when, and only when, that transaction commits. Each event is validated and encoded here, once:
 * the row keeps the event's id, its type and its wire form, which the {@link OutboxRelay} publishes as
 * it is. An invalid event thus fails the caller's transaction rather than the relay. Thread-safe.
 *
 * <pre>{@code
 * EnvelopeFactory envelopes = EnvelopeFactory.of(ServiceName.TRANSACTION);
 * connection.setAutoCommit(false);
 * bookings.insert(connection, booking);
 * outbox.add(connection, envelopes.envelope(new BookingCreated(...), PublishOptions.none()));
 * connection.commit();
 * }</pre>
 */
public final class TransactionalOutbox {

    private final OutboxTable table;
    private final EventCodec codec;
    private final String insert;

    /** An outbox writing into that table, encoding with that codec. */
    public TransactionalOutbox(OutboxTable table, EventCodec codec) {
        this.table = Objects.requireNonNull(table, "table");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.insert = "INSERT INTO " + table.name() + " (event_id, event_type, envelope, created_at) VALUES (?, ?, ?, ?)";
    }

    /** The table it writes into. */
    public OutboxTable table() {
        return table;
    }

    /**
     * Adds the event to the outbox in the transaction of {@code transaction}, which the caller commits.
     *
     * @throws ng.korrect.catalog.InvalidEventException when the event breaks a rule of the catalog
     */
    public void add(Connection transaction, Event<?> event) throws SQLException {
        EncodedEvent encoded = EncodedEvent.of(event, codec);
        try (PreparedStatement statement = transaction.prepareStatement(insert)) {
            statement.setObject(1, encoded.id());
            statement.setString(2, encoded.type().wireName());
            statement.setString(3, encoded.envelope());
            statement.setObject(4, OffsetDateTime.ofInstant(event.timestamp(), ZoneOffset.UTC));
            statement.executeUpdate();
        }
    }
}
