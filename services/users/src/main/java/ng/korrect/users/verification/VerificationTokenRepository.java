package ng.korrect.users.verification;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import ng.korrect.service.jdbc.Sql;

/**
 * The {@code verification_tokens} table, through the kit's {@link Sql} on a connection the caller's transaction owns.
 * Rows are keyed by the token's hash. Stateless; thread-safe.
 */
public final class VerificationTokenRepository {

    /** Stores a token of that user, valid until {@code expiresAt}. */
    public void insert(Connection connection, String tokenHash, String userId, Instant createdAt, Instant expiresAt)
            throws SQLException {
        Sql.update(connection, "INSERT INTO verification_tokens (token_hash, user_id, created_at, expires_at) "
                + "VALUES (?, ?, ?, ?)", tokenHash, userId, createdAt, expiresAt);
    }

    /** The token with that hash, its row locked until the transaction ends. */
    public Optional<StoredToken> findForUpdate(Connection connection, String tokenHash) throws SQLException {
        return Sql.first(connection, row -> new StoredToken(row.getString("user_id"), Sql.instant(row, "expires_at"),
                        Sql.optionalInstant(row, "used_at")),
                "SELECT user_id, expires_at, used_at FROM verification_tokens WHERE token_hash = ? FOR UPDATE", tokenHash);
    }

    /** Marks the token used; false when it already was. */
    public boolean markUsed(Connection connection, String tokenHash, Instant now) throws SQLException {
        return Sql.update(connection, "UPDATE verification_tokens SET used_at = ? WHERE token_hash = ? AND used_at IS NULL",
                now, tokenHash) == 1;
    }

    /** Removes every token of that user; returns how many there were. */
    public int deleteAllOf(Connection connection, String userId) throws SQLException {
        return Sql.update(connection, "DELETE FROM verification_tokens WHERE user_id = ?", userId);
    }

    /**
     * A stored token.
     *
     * @param userId whose address it verifies
     * @param expiresAt when it stops being valid
     * @param usedAt when it was used, if it was
     */
    public record StoredToken(String userId, Instant expiresAt, Optional<Instant> usedAt) {

        /** Whether it has expired at that instant. */
        public boolean expiredAt(Instant now) {
            return !now.isBefore(expiresAt);
        }
    }
}
