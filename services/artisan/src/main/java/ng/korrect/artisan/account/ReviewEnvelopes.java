package ng.korrect.artisan.account;

import java.sql.Connection;
import java.sql.SQLException;
import ng.korrect.artisan.jdbc.Statements;
import ng.korrect.bus.outbox.OutboxTable;
import ng.korrect.catalog.EventType;

/**
 * The {@code review.created} envelopes in the outbox, which keeps them a day after sending them (the
 * kit's default): their {@code title} is free text that may name its writer or the artisan, so erasure
 * deletes the envelopes of an erased customer's reviews and of an erased artisan's profile. An envelope
 * not sent yet goes too: erasure wins over the notification it would have caused (the artisan of a
 * deleted profile is gone; a deleted customer's review stays, anonymised, without being announced).
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
        Statements.update(connection, "DELETE FROM " + table + " WHERE event_type = ? "
                + "AND envelope LIKE ? ESCAPE '\\'", EventType.REVIEW_CREATED.wireName(),
                "%\"" + field + "\":\"" + escaped(id) + "\"%");
    }

    private static String escaped(String id) {
        return id.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_").replace("\"", "\\\\\"");
    }
}
