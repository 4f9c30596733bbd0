package ng.korrect.artisan.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import ng.korrect.artisan.jdbc.Statements;
import ng.korrect.bus.outbox.OutboxTable;
import ng.korrect.catalog.EventType;

/**
 * The {@code review.created} envelopes in the outbox, which keeps them a day after sending them (the
 * kit's default): their {@code title} is free text that may name its writer or the artisan, so erasure
 * deletes the envelopes of an erased customer's reviews and of an erased artisan's profile once they are
 * sent. An envelope not sent yet (a review written a moment before the deletion) is not dropped, which
 * would lose its event: the erasure fails with {@link NotPublishedYetException}, and the bus delivers
 * the deletion again after its backoff, by when the outbox relay has published it.
 */
public final class ReviewEnvelopes {

    private final String table = OutboxTable.standard().name();

    /** Deletes the envelopes of the reviews that customer wrote. */
    public void forgetCustomer(Connection connection, String customerId) throws SQLException {
        forget(connection, "customerId", customerId);
    }

    /** Deletes the envelopes of the reviews of that profile. */
    public void forgetProfile(Connection connection, String profileId) throws SQLException {
        forget(connection, "artisanProfileId", profileId);
    }

    private void forget(Connection connection, String field, String id) throws SQLException {
        String pattern = "%\"" + field + "\":\"" + escaped(id) + "\"%";
        try (PreparedStatement unsent = connection.prepareStatement("SELECT COUNT(*) FROM " + table
                + " WHERE event_type = ? AND sent_at IS NULL AND envelope LIKE ? ESCAPE '\\'")) {
            unsent.setString(1, EventType.REVIEW_CREATED.wireName());
            unsent.setString(2, pattern);
            try (ResultSet count = unsent.executeQuery()) {
                count.next();
                if (count.getLong(1) > 0) {
                    throw new NotPublishedYetException(field + " " + id);
                }
            }
        }
        Statements.update(connection, "DELETE FROM " + table + " WHERE event_type = ? AND sent_at IS NOT NULL "
                + "AND envelope LIKE ? ESCAPE '\\'", EventType.REVIEW_CREATED.wireName(), pattern);
    }

    /** A review.created of the erased user waits in the outbox; the erasure is retried once it is sent. */
    public static final class NotPublishedYetException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        NotPublishedYetException(String owner) {
            super("a review.created of " + owner + " is not published yet; erasing its envelope once it is");
        }
    }

    private static String escaped(String id) {
        return id.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_").replace("\"", "\\\\\"");
    }
}
