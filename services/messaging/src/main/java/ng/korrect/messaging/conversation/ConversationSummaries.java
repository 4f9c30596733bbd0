package ng.korrect.messaging.conversation;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ng.korrect.service.jdbc.Sql;

/**
 * Reads conversations as one participant sees them, each in one query with its latest message and the
 * viewer's unread count. Most recently active first: by the latest message, or the start when none.
 */
public final class ConversationSummaries {

    private static final String SELECT = "SELECT c.id, c.first_participant, c.second_participant, c.booking_id, "
            + "c.started_by, c.created_at, f.deleted AS first_deleted, s.deleted AS second_deleted, "
            + "(SELECT COUNT(*) FROM messages m WHERE m.conversation_id = c.id AND m.seq > me.last_read_seq "
            + "AND m.sender_id <> me.user_id) AS unread_count, "
            + "lm.id AS last_id, lm.sender_id AS last_sender, lm.body AS last_body, lm.erased AS last_erased, "
            + "lm.sent_at AS last_sent_at "
            + "FROM conversation_participants me "
            + "JOIN conversations c ON c.id = me.conversation_id "
            + "JOIN conversation_participants f ON f.conversation_id = c.id AND f.user_id = c.first_participant "
            + "JOIN conversation_participants s ON s.conversation_id = c.id AND s.user_id = c.second_participant "
            + "LEFT JOIN messages lm ON lm.conversation_id = c.id AND lm.seq = c.message_count "
            + "WHERE me.user_id = ? ";

    /** One page of the viewer's conversations, most recently active first. */
    public List<ConversationSummary> ofParticipant(Connection connection, String viewerId, int offset, int limit)
            throws SQLException {
        return Sql.list(connection, ConversationSummaries::read, SELECT
                + "ORDER BY COALESCE(c.last_message_at, c.created_at) DESC, c.id LIMIT ? OFFSET ?", viewerId, limit, offset);
    }

    /** How many conversations the viewer takes part in. */
    public long countOfParticipant(Connection connection, String viewerId) throws SQLException {
        return Sql.count(connection, "SELECT COUNT(*) FROM conversation_participants WHERE user_id = ?", viewerId);
    }

    /** The conversation as that participant sees it; empty when it does not exist or they are not in it. */
    public Optional<ConversationSummary> one(Connection connection, UUID conversationId, String viewerId) throws SQLException {
        return Sql.first(connection, ConversationSummaries::read, SELECT + "AND c.id = ?", viewerId, conversationId);
    }

    private static ConversationSummary read(ResultSet result) throws SQLException {
        List<ParticipantState> participants = List.of(
                new ParticipantState(result.getString("first_participant"), result.getBoolean("first_deleted")),
                new ParticipantState(result.getString("second_participant"), result.getBoolean("second_deleted")));
        return new ConversationSummary(result.getObject("id", UUID.class), participants, result.getString("booking_id"),
                result.getString("started_by"), Sql.instant(result, "created_at"),
                lastMessage(result), result.getLong("unread_count"));
    }

    private static LastMessage lastMessage(ResultSet result) throws SQLException {
        UUID id = result.getObject("last_id", UUID.class);
        if (id == null) {
            return null;
        }
        return new LastMessage(id, result.getString("last_sender"), result.getString("last_body"),
                result.getBoolean("last_erased"), Sql.instant(result, "last_sent_at"));
    }
}
