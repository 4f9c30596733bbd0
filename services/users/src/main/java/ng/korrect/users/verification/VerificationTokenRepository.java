package ng.korrect.users.verification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The {@code verification_tokens} table, in plain JDBC on a connection the caller's transaction owns.
 * Rows are keyed by the token's hash. Stateless; thread-safe.
 */
public final class VerificationTokenRepository {

    /** Stores a token of that user, valid until {@code expiresAt}. */
    public void insert(Connection connection, String tokenHash, String userId, Instant createdAt, Instant expiresAt)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO verification_tokens (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, tokenHash);
            insert.setString(2, userId);
            insert.setObject(3, utc(createdAt));
            insert.setObject(4, utc(expiresAt));
            insert.executeUpdate();
        }
    }

    /** The token with that hash, its row locked until the transaction ends. */
    public Optional<StoredToken> findForUpdate(Connection connection, String tokenHash) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT user_id, expires_at, used_at FROM verification_tokens WHERE token_hash = ? FOR UPDATE")) {
            select.setString(1, tokenHash);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                OffsetDateTime usedAt = row.getObject(3, OffsetDateTime.class);
                return Optional.of(new StoredToken(row.getString(1), row.getObject(2, OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(usedAt).map(OffsetDateTime::toInstant)));
            }
        }
    }

    /** Marks the token used; false when it already was. */
    public boolean markUsed(Connection connection, String tokenHash, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE verification_tokens SET used_at = ? WHERE token_hash = ? AND used_at IS NULL")) {
            update.setObject(1, utc(now));
            update.setString(2, tokenHash);
            return update.executeUpdate() == 1;
        }
    }

    /** Removes every token of that user; returns how many there were. */
    public int deleteAllOf(Connection connection, String userId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM verification_tokens WHERE user_id = ?")) {
            delete.setString(1, userId);
            return delete.executeUpdate();
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
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
