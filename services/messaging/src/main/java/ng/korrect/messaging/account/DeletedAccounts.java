package ng.korrect.messaging.account;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import ng.korrect.service.ApiException;
import ng.korrect.service.jdbc.Sql;

/**
 * The users whose account was deleted ({@code user.deleted}), by id only: messaging never held their
 * names or emails. Nobody may start a conversation with them or write to them (410), and their own
 * access tokens, which stay valid until they expire, are refused (401).
 */
public final class DeletedAccounts {

    /** The error code of a 410 for a deleted participant. */
    public static final String GONE_CODE = "participant_deleted";

    /** Records that the user's account was deleted at that time; a second record changes nothing. */
    public void record(Connection connection, String userId, Instant deletedAt) throws SQLException {
        Sql.update(connection, "INSERT INTO deleted_users (user_id, deleted_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
                userId, deletedAt);
    }

    /** Whether the user's account was deleted. */
    public boolean isDeleted(Connection connection, String userId) throws SQLException {
        return Sql.exists(connection, "SELECT 1 FROM deleted_users WHERE user_id = ?", userId);
    }

    /** Fails with a 401 when the caller's account was deleted: their token no longer stands for anyone. */
    public void requireLiveCaller(Connection connection, String callerId) throws SQLException {
        if (isDeleted(connection, callerId)) {
            throw ApiException.unauthorized("the account of this access token was deleted");
        }
    }

    /** The 410 for writing to, or starting a conversation with, a user whose account was deleted. */
    public static ApiException gone(String userId) {
        return new ApiException(410, GONE_CODE, "the account of user " + userId + " was deleted", null);
    }
}
