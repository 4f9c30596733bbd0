package ng.korrect.messaging.conversation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Conversations and their participants' state in the database; every method works in the caller's transaction. */
public final class ConversationRepository {

    private static final String COLUMNS = "id, first_participant, second_participant, booking_id, started_by, created_at";

    /**
     * Inserts the conversation with both participants, unless one between the same pair exists;
     * returns whether it was inserted. Two concurrent starts of the same pair insert one.
     */
    public boolean insertUnlessPairExists(Connection connection, Conversation conversation,
                                          ParticipantState first, ParticipantState second) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO conversations (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            insert.setObject(1, conversation.id());
            insert.setString(2, conversation.participants().first());
            insert.setString(3, conversation.participants().second());
            insert.setString(4, conversation.bookingId().orElse(null));
            insert.setString(5, conversation.startedBy());
            insert.setObject(6, OffsetDateTime.ofInstant(conversation.createdAt(), ZoneOffset.UTC));
            if (insert.executeUpdate() == 0) {
                return false;
            }
        }
        insertParticipant(connection, conversation.id(), first);
        insertParticipant(connection, conversation.id(), second);
        return true;
    }

    /** The conversation with that id. */
    public Optional<Conversation> find(Connection connection, UUID id) throws SQLException {
        return findOne(connection, "SELECT " + COLUMNS + " FROM conversations WHERE id = ?", id);
    }

    /** The conversation between that pair. */
    public Optional<Conversation> findByParticipants(Connection connection, Participants participants) throws SQLException {
        return findOne(connection, "SELECT " + COLUMNS + " FROM conversations WHERE first_participant = ? "
                + "AND second_participant = ?", participants.first(), participants.second());
    }

    /**
     * Both participants of the conversation, locked until the transaction ends, so that a message is
     * not written while the account of one of them is being erased, nor the other way round.
     */
    public List<ParticipantState> lockParticipants(Connection connection, UUID conversationId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT user_id, deleted FROM conversation_participants "
                + "WHERE conversation_id = ? ORDER BY user_id FOR UPDATE")) {
            select.setObject(1, conversationId);
            try (ResultSet result = select.executeQuery()) {
                List<ParticipantState> participants = new ArrayList<>();
                while (result.next()) {
                    participants.add(new ParticipantState(result.getString("user_id"), result.getBoolean("deleted")));
                }
                return participants;
            }
        }
    }

    /** Counts one more message in the conversation, sent at that time, and returns its number (1, 2, 3...). */
    public long nextMessageNumber(Connection connection, UUID conversationId, Instant sentAt) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE conversations SET message_count = message_count + 1, last_message_at = ? WHERE id = ?")) {
            update.setObject(1, OffsetDateTime.ofInstant(sentAt, ZoneOffset.UTC));
            update.setObject(2, conversationId);
            update.executeUpdate();
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT message_count FROM conversations WHERE id = ?")) {
            select.setObject(1, conversationId);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    /** Marks every message of the conversation so far as read by that participant. */
    public void markAllRead(Connection connection, UUID conversationId, String userId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE conversation_participants SET last_read_seq = "
                + "(SELECT message_count FROM conversations WHERE id = ?) WHERE conversation_id = ? AND user_id = ?")) {
            update.setObject(1, conversationId);
            update.setObject(2, conversationId);
            update.setString(3, userId);
            update.executeUpdate();
        }
    }

    /** Marks the user deleted in every conversation they take part in; returns in how many. */
    public int markParticipantDeleted(Connection connection, String userId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE conversation_participants SET deleted = TRUE WHERE user_id = ? AND deleted = FALSE")) {
            update.setString(1, userId);
            return update.executeUpdate();
        }
    }

    private static void insertParticipant(Connection connection, UUID conversationId, ParticipantState participant)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO conversation_participants (conversation_id, user_id, deleted) VALUES (?, ?, ?)")) {
            insert.setObject(1, conversationId);
            insert.setString(2, participant.userId());
            insert.setBoolean(3, participant.deleted());
            insert.executeUpdate();
        }
    }

    private static Optional<Conversation> findOne(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = select.executeQuery()) {
                return result.next() ? Optional.of(read(result)) : Optional.empty();
            }
        }
    }

    private static Conversation read(ResultSet result) throws SQLException {
        return new Conversation(result.getObject("id", UUID.class),
                new Participants(result.getString("first_participant"), result.getString("second_participant")),
                Optional.ofNullable(result.getString("booking_id")), result.getString("started_by"),
                result.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
