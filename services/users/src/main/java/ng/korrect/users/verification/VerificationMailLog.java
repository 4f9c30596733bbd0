package ng.korrect.users.verification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import ng.korrect.service.jdbc.Sql;

/**
 * The {@code verification_mails} table: when each verification mail went, by account and by address (its
 * SHA-256, not the address), for {@link ResendLimit}. Stateless; thread-safe.
 */
public final class VerificationMailLog {

    /** Records a mail sent now, and forgets those older than the limits look at. */
    public void record(Connection connection, String userId, String address, Instant now) throws SQLException {
        Sql.update(connection, "DELETE FROM verification_mails WHERE sent_at < ?", now.minus(ResendLimit.DAY));
        Sql.update(connection, "INSERT INTO verification_mails (user_id, address_key, sent_at) VALUES (?, ?, ?)",
                userId, keyOf(address), now);
    }

    /** When mails went to that account or that address since {@code since}. */
    public List<Instant> sentSince(Connection connection, String userId, String address, Instant since) throws SQLException {
        return Sql.list(connection, row -> Sql.instant(row, 1),
                "SELECT sent_at FROM verification_mails WHERE (user_id = ? OR address_key = ?) AND sent_at >= ?",
                userId, keyOf(address), since);
    }

    private static String keyOf(String address) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(address.toLowerCase(Locale.ROOT)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
