package ng.korrect.messaging.conversation;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ng.korrect.service.jdbc.Sql;

/** Conversations and their participants' state in the database; every method works in the caller's transaction. */
public final class ConversationRepository {

    private static final String COLUMNS = "id, first_participant, second_participant, booking_id, started_by, created_at";

    /**
     * Inserts the conversation with both participants, unless one between the same pair exists;
     * returns whether it was inserted. Two concurrent starts of the same pair insert one.
     */
    public boolean insertUnlessPairExists(Connection connection, Conversation conversation,
                                          ParticipantState first, ParticipantState second) throws SQLException {
        int inserted = Sql.update(connection, "INSERT INTO conversations (" + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", conversation.id(),
                conversation.participants().first(), conversation.participants().second(),
                conversation.bookingId().orElse(null), conversation.startedBy(), conversation.createdAt());
        if (inserted == 0) {
            return false;
        }
        insertParticipant(connection, conversation.id(), first);
        insertParticipant(connection, conversation.id(), second);
        return true;
    }

    /** The conversation with that id. */
    public Optional<Conversation> find(Connection connection, UUID id) throws SQLException {
        return Sql.first(connection, ConversationRepository::read, "SELECT " + COLUMNS + " FROM conversations WHERE id = ?",
                id);
    }

    /** The conversation between that pair. */
    public Optional<Conversation> findByParticipants(Connection connection, Participants participants) throws SQLException {
        return Sql.first(connection, ConversationRepository::read, "SELECT " + COLUMNS + " FROM conversations "
                + "WHERE first_participant = ? AND second_participant = ?", participants.first(), participants.second());
    }

    /**
     * Both participants of the conversation, locked until the transaction ends, so that a message is
     * not written while the account of one of them is being erased, nor the other way round.
     */
    public List<ParticipantState> lockParticipants(Connection connection, UUID conversationId) throws SQLException {
        return Sql.list(connection, row -> new ParticipantState(row.getString("user_id"), row.getBoolean("deleted")),
                "SELECT user_id, deleted FROM conversation_participants "
                + "WHERE conversation_id = ? ORDER BY user_id FOR UPDATE", conversationId);
    }

    /** Counts one more message in the conversation, sent at that time, and returns its number (1, 2, 3...). */
    public long nextMessageNumber(Connection connection, UUID conversationId, Instant sentAt) throws SQLException {
        Sql.update(connection, "UPDATE conversations SET message_count = message_count + 1, last_message_at = ? "
                + "WHERE id = ?", sentAt, conversationId);
        return Sql.first(connection, row -> row.getLong(1), "SELECT message_count FROM conversations WHERE id = ?",
                conversationId).orElseThrow(() -> new SQLException("no conversation " + conversationId));
    }

    /** Marks every message of the conversation so far as read by that participant. */
    public void markAllRead(Connection connection, UUID conversationId, String userId) throws SQLException {
        Sql.update(connection, "UPDATE conversation_participants SET last_read_seq = "
                + "(SELECT message_count FROM conversations WHERE id = ?) WHERE conversation_id = ? AND user_id = ?",
                conversationId, conversationId, userId);
    }

    /** Marks the user deleted in every conversation they take part in; returns in how many. */
    public int markParticipantDeleted(Connection connection, String userId) throws SQLException {
        return Sql.update(connection,
                "UPDATE conversation_participants SET deleted = TRUE WHERE user_id = ? AND deleted = FALSE", userId);
    }

    private static void insertParticipant(Connection connection, UUID conversationId, ParticipantState participant)
            throws SQLException {
        Sql.update(connection, "INSERT INTO conversation_participants (conversation_id, user_id, deleted) VALUES (?, ?, ?)",
                conversationId, participant.userId(), participant.deleted());
    }

    private static Conversation read(ResultSet result) throws SQLException {
        return new Conversation(result.getObject("id", UUID.class),
                new Participants(result.getString("first_participant"), result.getString("second_participant")),
                Optional.ofNullable(result.getString("booking_id")), result.getString("started_by"),
                Sql.instant(result, "created_at"));
    }
}
