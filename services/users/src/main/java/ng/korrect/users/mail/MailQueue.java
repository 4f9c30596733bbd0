package ng.korrect.users.mail;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import ng.korrect.service.jdbc.Sql;

/**
 * The {@code pending_mails} table: mails committed with the change that caused them and not yet handed to
 * the mailbox. A row is deleted once its mail is sent, when it expires unsent (its link would be dead on
 * arrival), when a newer mail of the same purpose replaces it, and when its account is deleted; so what rests
 * here rests only until delivery. Plain JDBC on the caller's connection. Stateless; thread-safe.
 */
public final class MailQueue {

    /**
     * A mail waiting to go.
     *
     * @param mail the mail
     * @param attempts how many attempts failed so far
     * @param nextAttemptAt when it is due
     * @param expiresAt after when it is no use sending it
     */
    public record Pending(Mail mail, int attempts, Instant nextAttemptAt, Instant expiresAt) {
    }

    /** Queues the mail, due at once, useless after {@code expiresAt}. */
    public void add(Connection connection, Mail mail, Instant now, Instant expiresAt) throws SQLException {
        Sql.update(connection, "INSERT INTO pending_mails (id, user_id, address, subject, text, attempts, next_attempt_at, "
                        + "expires_at, created_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?)", mail.id(), mail.userId(), mail.to(),
                mail.subject(), mail.text(), now, expiresAt, now);
    }

    /** Removes every mail still queued for that account; returns how many there were. */
    public int deleteAllOf(Connection connection, String userId) throws SQLException {
        return Sql.update(connection, "DELETE FROM pending_mails WHERE user_id = ?", userId);
    }

    /** The mails due at that instant, oldest first, at most {@code limit}. */
    public List<Pending> due(Connection connection, Instant now, int limit) throws SQLException {
        return Sql.list(connection, row -> new Pending(new Mail(row.getString("id"), row.getString("user_id"),
                        row.getString("address"), row.getString("subject"), row.getString("text")), row.getInt("attempts"),
                        Sql.instant(row, "next_attempt_at"), Sql.instant(row, "expires_at")),
                "SELECT id, user_id, address, subject, text, attempts, next_attempt_at, expires_at FROM pending_mails "
                        + "WHERE next_attempt_at <= ? ORDER BY next_attempt_at, created_at FETCH FIRST " + limit + " ROWS ONLY",
                now);
    }

    /**
     * Takes the mail for one attempt by moving its due time to {@code leaseUntil}; false when another worker
     * took it first (its due time is no longer the one read).
     */
    public boolean claim(Connection connection, Pending pending, Instant leaseUntil) throws SQLException {
        return Sql.update(connection, "UPDATE pending_mails SET next_attempt_at = ? WHERE id = ? AND next_attempt_at = ?",
                leaseUntil, pending.mail().id(), pending.nextAttemptAt()) == 1;
    }

    /** Forgets the mail: it was sent, or it expired. */
    public void delete(Connection connection, String mailId) throws SQLException {
        Sql.update(connection, "DELETE FROM pending_mails WHERE id = ?", mailId);
    }

    /** Records a failed attempt; the mail is due again at {@code nextAttemptAt}. */
    public void retryAt(Connection connection, String mailId, int attempts, Instant nextAttemptAt, String error)
            throws SQLException {
        Sql.update(connection, "UPDATE pending_mails SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?",
                attempts, nextAttemptAt, error.length() > 500 ? error.substring(0, 500) : error, mailId);
    }

    /** How many mails are queued. */
    public long size(Connection connection) throws SQLException {
        return Sql.count(connection, "SELECT COUNT(*) FROM pending_mails");
    }
}
