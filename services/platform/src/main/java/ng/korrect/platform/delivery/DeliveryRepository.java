package ng.korrect.platform.delivery;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ng.korrect.catalog.payload.NotificationType;
import ng.korrect.service.jdbc.Sql;

/** The {@code deliveries} table: scheduling, claiming, outcomes, the admin's listing and erasure. Stateless. */
public final class DeliveryRepository {

    private static final String COLUMNS = "id, notification_id, user_id, channel, address, status, attempts, "
            + "next_attempt_at, last_error, created_at, delivered_at";

    /** Schedules a delivery due at once; returns its id. */
    public String schedule(Connection tx, String notificationId, String userId, NotificationType channel,
                           String address, Instant now) throws SQLException {
        return insert(tx, notificationId, userId, channel, address, DeliveryStatus.PENDING, null, now);
    }

    /** Records a delivery that cannot be made at all (no address), failed from the start with that reason. */
    public String recordUndeliverable(Connection tx, String notificationId, String userId, NotificationType channel,
                                      String reason, Instant now) throws SQLException {
        return insert(tx, notificationId, userId, channel, null, DeliveryStatus.FAILED, reason, now);
    }

    /** Up to {@code limit} pending deliveries due at {@code now}, oldest due first, with their notification's text. */
    public List<DueDelivery> due(Connection connection, Instant now, int limit) throws SQLException {
        return Sql.list(connection, rows -> new DueDelivery(rows.getString(1), rows.getString(2), channel(rows.getString(3)),
                        Optional.ofNullable(rows.getString(4)), rows.getString(5), rows.getString(6),
                        Optional.ofNullable(rows.getString(7)), rows.getInt(8), Sql.instant(rows, 9)),
                "SELECT d.id, d.user_id, d.channel, d.address, "
                + "n.title, n.body, n.data, d.attempts, d.next_attempt_at FROM deliveries d "
                + "JOIN notifications n ON n.id = d.notification_id "
                + "WHERE d.status = 'pending' AND d.next_attempt_at <= ? ORDER BY d.next_attempt_at LIMIT ?", now, limit);
    }

    /**
     * Takes a due delivery for one attempt by moving its due time to {@code leaseUntil}, only if nobody
     * else did since it was read; so that two workers never attempt it at once.
     */
    public boolean claim(Connection connection, DueDelivery delivery, Instant leaseUntil) throws SQLException {
        return Sql.update(connection, "UPDATE deliveries SET next_attempt_at = ? "
                + "WHERE id = ? AND status = 'pending' AND next_attempt_at = ?", leaseUntil, delivery.id(),
                delivery.nextAttemptAt()) == 1;
    }

    /** The attempt succeeded. */
    public void markDelivered(Connection connection, String id, int attempts, Instant now) throws SQLException {
        Sql.update(connection, "UPDATE deliveries SET status = 'delivered', attempts = ?, delivered_at = ?, "
                + "last_error = NULL WHERE id = ?", attempts, now, id);
    }

    /** The attempt failed; another is due at {@code next}. */
    public void markRetry(Connection connection, String id, int attempts, Instant next, String error) throws SQLException {
        Sql.update(connection, "UPDATE deliveries SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?",
                attempts, next, error, id);
    }

    /** The attempt failed and was the last. */
    public void markFailed(Connection connection, String id, int attempts, String error) throws SQLException {
        Sql.update(connection, "UPDATE deliveries SET status = 'failed', attempts = ?, last_error = ? WHERE id = ?",
                attempts, error, id);
    }

    /** Deliveries, newest first, optionally only of one status and one user. */
    public List<DeliveryRecord> list(Connection connection, Optional<DeliveryStatus> status, Optional<String> userId,
                                     int limit, int offset) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM deliveries WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        status.ifPresent(value -> {
            sql.append(" AND status = ?");
            parameters.add(value.wireName());
        });
        userId.ifPresent(value -> {
            sql.append(" AND user_id = ?");
            parameters.add(value);
        });
        sql.append(" ORDER BY created_at DESC, id LIMIT ? OFFSET ?");
        parameters.add(limit);
        parameters.add(offset);
        return Sql.list(connection, DeliveryRepository::record, sql.toString(), parameters.toArray());
    }

    /** Forgets the addresses of a user's deliveries and what the recording channel kept of them. */
    public void eraseAddresses(Connection tx, String userId) throws SQLException {
        Sql.update(tx, "UPDATE deliveries SET address = NULL WHERE user_id = ?", userId);
        Sql.update(tx, "DELETE FROM recorded_messages WHERE user_id = ?", userId);
    }

    private String insert(Connection tx, String notificationId, String userId, NotificationType channel, String address,
                          DeliveryStatus status, String error, Instant now) throws SQLException {
        String id = UUID.randomUUID().toString();
        Sql.update(tx, "INSERT INTO deliveries (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, NULL)",
                id, notificationId, userId, channel.wireName(), address, status.wireName(), now, error, now);
        return id;
    }

    private static DeliveryRecord record(ResultSet rows) throws SQLException {
        return new DeliveryRecord(rows.getString("id"), rows.getString("notification_id"), rows.getString("user_id"),
                channel(rows.getString("channel")), Optional.ofNullable(rows.getString("address")),
                DeliveryStatus.of(rows.getString("status")), rows.getInt("attempts"), Sql.instant(rows, "next_attempt_at"),
                Optional.ofNullable(rows.getString("last_error")), Sql.instant(rows, "created_at"),
                Sql.optionalInstant(rows, "delivered_at"));
    }

    private static NotificationType channel(String wireName) {
        return NotificationType.valueOf(wireName.toUpperCase(java.util.Locale.ROOT));
    }
}
