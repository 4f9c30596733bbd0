package ng.korrect.artisan.account;

import java.sql.Connection;
import java.sql.SQLException;
import ng.korrect.artisan.jdbc.Statements;
import ng.korrect.bus.outbox.OutboxTable;
import ng.korrect.catalog.EventType;

/**
 * The {@code review.created} envelopes the outbox keeps after sending them (for a day, by the kit's
 * default): their {@code title} is free text that may name its writer or the artisan, so erasure deletes
 * the sent envelopes of an erased customer's reviews and of an erased artisan's profile. Rows not sent
 * yet are left for the relay; they are sent within moments and deleted at the next erasure or cleanup.
 */
public final class SentReviewEvents {

    private final String table = OutboxTable.standard().name();

    /** Deletes the sent envelopes of the reviews that customer wrote. */
    public void forgetCustomer(Connection connection, String customerId) throws SQLException {
        forget(connection, "customerId", customerId);
    }

    /** Deletes the sent envelopes of the reviews of that profile. */
    public void forgetProfile(Connection connection, String profileId) throws SQLException {
        forget(connection, "artisanProfileId", profileId);
    }

    private void forget(Connection connection, String field, String id) throws SQLException {
        Statements.update(connection, "DELETE FROM " + table + " WHERE sent_at IS NOT NULL AND event_type = ? "
                + "AND envelope LIKE ? ESCAPE '\\'", EventType.REVIEW_CREATED.wireName(),
                "%\"" + field + "\":\"" + escaped(id) + "\"%");
    }

    private static String escaped(String id) {
        return id.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_").replace("\"", "\\\\\"");
    }
}
