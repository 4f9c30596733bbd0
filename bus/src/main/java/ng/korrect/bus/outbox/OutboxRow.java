package ng.korrect.bus.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import ng.korrect.bus.EncodedEvent;
import ng.korrect.catalog.EventCodec;
import ng.korrect.catalog.EventType;

/**
 * One unsent row of the outbox as the relay reads it: its position and either the envelope to publish, as
 * it is, or why it cannot be published. The relay does not decode what {@link TransactionalOutbox} encoded
 * and validated; it checks only what it relies on: that the type is one of the catalog's (its stream), and
 * that the envelope is the one of the row's id and type. The wire form begins with those two members
 * ({@link EventCodec}'s key order), so a look at its first bytes tells whether the stored id, which the
 * relay looks for on the stream after a crash, is the envelope's own.
 *
 * @param position the row's place in the outbox
 * @param event the envelope to publish, when the row holds a publishable one
 * @param problem why the row cannot be published, otherwise
 */
record OutboxRow(long position, Optional<EncodedEvent> event, Optional<String> problem) {

    /** The columns {@link #read} expects, in order. */
    static final String COLUMNS = "position, event_id, event_type, envelope";

    /** The row at the result's cursor, selected as {@link #COLUMNS}. */
    static OutboxRow read(ResultSet result) throws SQLException {
        long position = result.getLong(1);
        UUID id = result.getObject(2, UUID.class);
        String typeName = result.getString(3);
        String envelope = result.getString(4);
        Optional<EventType> type = EventType.fromWireName(typeName);
        if (type.isEmpty()) {
            return unpublishable(position, "event_type " + EventCodec.quote(typeName) + " is not a type of the catalog");
        }
        String header = "{\"id\":\"" + id + "\",\"type\":\"" + typeName + "\",";
        if (!envelope.startsWith(header) || !envelope.endsWith("}")) {
            // the envelope itself stays out of the reason, which is logged: it may carry what a user wrote
            return unpublishable(position, "the envelope is not the " + typeName + " event " + id + " of its row"
                    + " (it must begin with that id and type, as the codec writes them)");
        }
        return new OutboxRow(position, Optional.of(new EncodedEvent(id, type.get(), envelope)), Optional.empty());
    }

    private static OutboxRow unpublishable(long position, String problem) {
        return new OutboxRow(position, Optional.empty(), Optional.of(problem));
    }
}
