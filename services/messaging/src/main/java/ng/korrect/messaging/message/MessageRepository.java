package ng.korrect.messaging.message;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Messages in the database; every method works in the caller's transaction. */
public final class MessageRepository {

    /** Inserts the message. */
    public void insert(Connection connection, Message message) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO messages "
                + "(id, conversation_id, seq, sender_id, body, erased, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, message.id());
            insert.setObject(2, message.conversationId());
            insert.setLong(3, message.seq());
            insert.setString(4, message.senderId());
            insert.setString(5, message.body());
            insert.setBoolean(6, message.erased());
            insert.setObject(7, OffsetDateTime.ofInstant(message.sentAt(), ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    /** Up to {@code count} messages of the conversation numbered below {@code beforeSeq}, newest first. */
    public List<Message> newestBefore(Connection connection, UUID conversationId, long beforeSeq, int count)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id, conversation_id, seq, sender_id, body, "
                + "erased, sent_at FROM messages WHERE conversation_id = ? AND seq < ? ORDER BY seq DESC LIMIT ?")) {
            select.setObject(1, conversationId);
            select.setLong(2, beforeSeq);
            select.setInt(3, count);
            try (ResultSet result = select.executeQuery()) {
                List<Message> messages = new ArrayList<>();
                while (result.next()) {
                    messages.add(read(result));
                }
                return messages;
            }
        }
    }

    /** Erases the content of every message the user sent, keeping that they existed; returns how many. */
    public int eraseSentBy(Connection connection, String senderId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE messages SET body = NULL, erased = TRUE WHERE sender_id = ? AND erased = FALSE")) {
            update.setString(1, senderId);
            return update.executeUpdate();
        }
    }

    private static Message read(ResultSet result) throws SQLException {
        return new Message(result.getObject("id", UUID.class), result.getObject("conversation_id", UUID.class),
                result.getLong("seq"), result.getString("sender_id"), result.getString("body"),
                result.getBoolean("erased"), result.getObject("sent_at", OffsetDateTime.class).toInstant());
    }
}
