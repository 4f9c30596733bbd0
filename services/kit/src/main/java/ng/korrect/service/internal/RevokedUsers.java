package ng.korrect.service.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import javax.sql.DataSource;
import ng.korrect.service.DatabaseException;
import ng.korrect.service.jdbc.Sql;

/**
 * The users whose access tokens this service refuses: those {@code user.deleted} named. A token stays valid
 * until it expires (an hour), and every service checks it on its own with the shared secret, so each service
 * keeps its own list, in its own database ({@value #TABLE}), where every instance of it reads it: one
 * instance's consumer records the deletion and all of them refuse the token from then on. Created by the kit
 * after the service's migrations, like the outbox. Thread-safe.
 */
public final class RevokedUsers {

    /** The table. */
    public static final String TABLE = "korrect_revoked_users";

    private final DataSource dataSource;

    /** The list in that database. */
    public RevokedUsers(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** Creates the table when it does not exist. */
    public void createTableIfMissing() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            Sql.update(connection, "CREATE TABLE IF NOT EXISTS " + TABLE + " (user_id VARCHAR(100) NOT NULL PRIMARY KEY, "
                    + "revoked_at TIMESTAMP WITH TIME ZONE NOT NULL)");
        }
    }

    /** Records that the user's tokens are refused from now on; a second record changes nothing. */
    public void revoke(String userId, Instant at) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            Sql.update(connection, "INSERT INTO " + TABLE + " (user_id, revoked_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    userId, at);
        }
    }

    /**
     * Whether the user's tokens are refused.
     *
     * @throws DatabaseException when the database cannot tell
     */
    public boolean isRevoked(String userId) {
        try (Connection connection = dataSource.getConnection()) {
            return Sql.exists(connection, "SELECT 1 FROM " + TABLE + " WHERE user_id = ?", userId);
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
    }
}
