package ng.korrect.artisan.account;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import ng.korrect.service.jdbc.Sql;

/**
 * The ids of users whose account was deleted, so that an event about them that arrives after the
 * {@code user.deleted} (events may come in any order) is stored without their data.
 */
public final class ErasedUsers {

    /** Remembers that the user was erased; a second call changes nothing. */
    public void remember(Connection connection, String userId, Instant at) throws SQLException {
        Sql.update(connection, "INSERT INTO erased_users (user_id, erased_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
                userId, at);
    }

    /** Whether the user was erased. */
    public boolean contains(Connection connection, String userId) throws SQLException {
        return Sql.first(connection, row -> true, "SELECT 1 FROM erased_users WHERE user_id = ?", userId).isPresent();
    }
}
