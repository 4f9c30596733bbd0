package ng.korrect.users.verification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The {@code verification_mails} table: when each verification mail went, by account and by address (its
 * SHA-256, not the address), for {@link ResendLimit}. Stateless; thread-safe.
 */
public final class VerificationMailLog {

    /** Records a mail sent now, and forgets those older than the limits look at. */
    public void record(Connection connection, String userId, String address, Instant now) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM verification_mails WHERE sent_at < ?");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO verification_mails (user_id, address_key, sent_at) VALUES (?, ?, ?)")) {
            delete.setObject(1, utc(now.minus(ResendLimit.DAY)));
            delete.executeUpdate();
            insert.setString(1, userId);
            insert.setString(2, keyOf(address));
            insert.setObject(3, utc(now));
            insert.executeUpdate();
        }
    }

    /** When mails went to that account or that address since {@code since}. */
    public List<Instant> sentSince(Connection connection, String userId, String address, Instant since) throws SQLException {
        List<Instant> sent = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT sent_at FROM verification_mails WHERE (user_id = ? OR address_key = ?) AND sent_at >= ?")) {
            select.setString(1, userId);
            select.setString(2, keyOf(address));
            select.setObject(3, utc(since));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    sent.add(rows.getObject(1, OffsetDateTime.class).toInstant());
                }
            }
        }
        return sent;
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

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
