package ng.korrect.users.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import ng.korrect.bus.outbox.OutboxTable;

/**
 * The outbox envelopes about a user: the outbox keeps them a day after sending them, and those of
 * {@code user.created}, {@code notification.send} and {@code user.deleted} carry the user's email and
 * names. Erasure deletes the sent ones. One not sent yet must not be dropped, which would lose its
 * event: the erasure then fails with {@link NotPublishedYetException} and the bus delivers the deletion
 * again after its backoff, by when the outbox relay has published it.
 */
final class SentEnvelopes {

    private final String table = OutboxTable.standard().name();

    /** Deletes the sent envelopes whose payload names that user. */
    void forget(Connection connection, String userId) throws SQLException {
        String pattern = "%\"userId\":\"" + escaped(userId) + "\"%";
        try (PreparedStatement unsent = connection.prepareStatement("SELECT COUNT(*) FROM " + table
                + " WHERE sent_at IS NULL AND envelope LIKE ? ESCAPE '\\'")) {
            unsent.setString(1, pattern);
            try (ResultSet count = unsent.executeQuery()) {
                count.next();
                if (count.getLong(1) > 0) {
                    throw new NotPublishedYetException(userId);
                }
            }
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table
                + " WHERE sent_at IS NOT NULL AND envelope LIKE ? ESCAPE '\\'")) {
            delete.setString(1, pattern);
            delete.executeUpdate();
        }
    }

    private static String escaped(String id) {
        return id.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_").replace("\"", "\\\\\"");
    }

    /** An event about the erased user waits in the outbox; the erasure is retried once it is sent. */
    static final class NotPublishedYetException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        NotPublishedYetException(String userId) {
            super("an event about user " + userId + " is not published yet; erasing its envelope once it is");
        }
    }
}
