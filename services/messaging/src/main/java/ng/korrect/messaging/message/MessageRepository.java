package ng.korrect.messaging.message;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import ng.korrect.service.jdbc.Sql;

/** Messages in the database; every method works in the caller's transaction. */
public final class MessageRepository {

    /** Inserts the message. */
    public void insert(Connection connection, Message message) throws SQLException {
        Sql.update(connection, "INSERT INTO messages (id, conversation_id, seq, sender_id, body, erased, sent_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)", message.id(), message.conversationId(), message.seq(),
                message.senderId(), message.body(), message.erased(), message.sentAt());
    }

    /** Up to {@code count} messages of the conversation numbered below {@code beforeSeq}, newest first. */
    public List<Message> newestBefore(Connection connection, UUID conversationId, long beforeSeq, int count)
            throws SQLException {
        return Sql.list(connection, MessageRepository::read, "SELECT id, conversation_id, seq, sender_id, body, erased, "
                + "sent_at FROM messages WHERE conversation_id = ? AND seq < ? ORDER BY seq DESC LIMIT ?",
                conversationId, beforeSeq, count);
    }

    /** Erases the content of every message the user sent, keeping that they existed; returns how many. */
    public int eraseSentBy(Connection connection, String senderId) throws SQLException {
        return Sql.update(connection,
                "UPDATE messages SET body = NULL, erased = TRUE WHERE sender_id = ? AND erased = FALSE", senderId);
    }

    private static Message read(ResultSet result) throws SQLException {
        return new Message(result.getObject("id", UUID.class), result.getObject("conversation_id", UUID.class),
                result.getLong("seq"), result.getString("sender_id"), result.getString("body"),
                result.getBoolean("erased"), Sql.instant(result, "sent_at"));
    }
}
