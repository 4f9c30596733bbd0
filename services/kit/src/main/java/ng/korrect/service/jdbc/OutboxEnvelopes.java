package ng.korrect.service.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import ng.korrect.bus.outbox.OutboxTable;
import ng.korrect.catalog.EventType;

/**
 * The envelopes in a service's outbox ({@link OutboxTable#standard()}), which the relay keeps a day after
 * sending them: those that name a deleted user carry what the user wrote or who they are, so the
 * erasure deletes them. An envelope is found by a payload field written as {@code "field":"value"} in
 * its JSON text.
 *
 * <p>An envelope not sent yet is never deleted, which would lose its event: {@link #forgetSent} then
 * throws {@link EnvelopeNotSentException}, and the {@code user.deleted} handler that called it fails,
 * rolls back and is delivered again after the bus's backoff, by when the relay has sent the envelope.
 * Stateless and thread-safe.
 */
public final class OutboxEnvelopes {

    private final String table = OutboxTable.standard().name();

    /**
     * Deletes, in the caller's transaction, the sent envelopes of those event types (of every type when
     * the set is empty) whose payload field has that value; returns how many it deleted.
     *
     * @throws EnvelopeNotSentException when one such envelope is not sent yet; nothing is deleted then
     */
    public int forgetSent(Connection connection, Set<EventType> typesOrAllIfEmpty, String payloadField, String value)
            throws SQLException {
        String pattern = EnvelopePattern.containing(payloadField, value);
        String ofTypes = ofTypes(typesOrAllIfEmpty);
        List<Object> parameters = parameters(typesOrAllIfEmpty, pattern);
        long unsent = Sql.first(connection, row -> row.getLong(1), "SELECT COUNT(*) FROM " + table
                + " WHERE sent_at IS NULL AND envelope LIKE ? ESCAPE '\\'" + ofTypes, parameters.toArray()).orElseThrow();
        if (unsent > 0) {
            throw new EnvelopeNotSentException(payloadField, value);
        }
        return Sql.update(connection, "DELETE FROM " + table + " WHERE sent_at IS NOT NULL AND envelope LIKE ? ESCAPE '\\'"
                + ofTypes, parameters.toArray());
    }

    private static String ofTypes(Set<EventType> types) {
        return types.isEmpty() ? ""
                : types.stream().map(type -> "?").collect(Collectors.joining(", ", " AND event_type IN (", ")"));
    }

    private static List<Object> parameters(Set<EventType> types, String pattern) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(pattern);
        types.stream().map(EventType::wireName).sorted().forEach(parameters::add);
        return parameters;
    }
}
