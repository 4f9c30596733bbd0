package ng.korrect.platform.delivery;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;
import javax.sql.DataSource;
import ng.korrect.catalog.payload.NotificationType;
import ng.korrect.service.jdbc.Sql;

/**
 * The channel of the embedded default, when no provider is configured: it records each message it
 * would have sent in the {@code recorded_messages} table (delivery id, channel, address, time), where a
 * developer can see what went out. Recording the same delivery twice keeps the first. A delivery whose
 * user was erased after it was picked up (its address is gone) is not recorded. Thread-safe.
 */
public final class RecordingChannel implements NotificationChannel {

    private final NotificationType type;
    private final DataSource dataSource;
    private final Clock clock;

    /** A recorder of that channel's messages in that database. */
    public RecordingChannel(NotificationType type, DataSource dataSource, Clock clock) {
        this.type = Objects.requireNonNull(type, "type");
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public NotificationType type() {
        return type;
    }

    @Override
    public void send(OutgoingMessage message) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (stillAddressed(connection, message.deliveryId())) {
                    record(connection, message);
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new DeliveryFailedException("cannot record the " + type.wireName() + " message: " + e.getMessage(), e);
        }
    }

    /**
     * Whether the delivery still has its address, locking its row: an erasure that took the address
     * meanwhile (it locks the row before deleting what was recorded) leaves nothing to record, and one
     * that comes after waits for this record, then deletes it.
     */
    private static boolean stillAddressed(Connection connection, String deliveryId) throws SQLException {
        return Sql.first(connection, row -> row.getString(1) != null,
                "SELECT address FROM deliveries WHERE id = ? FOR UPDATE", deliveryId).orElse(false);
    }

    private void record(Connection connection, OutgoingMessage message) throws SQLException {
        Sql.update(connection, "INSERT INTO recorded_messages (delivery_id, user_id, channel, address, recorded_at) "
                        + "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                message.deliveryId(), message.userId(), type.wireName(), message.address(), clock.instant());
    }
}
