package ng.korrect.app.chaos;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import ng.korrect.catalog.ServiceName;

/**
 * What the services' databases hold that the checks need, read with JDBC once the platform is stopped (H2
 * files can then be opened): every service's outbox rows, and the platform's notifications. On
 * PostgreSQL each service's schema is {@code {prefix}{service}}.
 *
 * @param outbox the outbox rows of every service
 * @param notifications the platform's notifications
 */
record DatabaseSnapshot(List<OutboxRow> outbox, List<NotificationRow> notifications, List<ArtisanBooking> artisanBookings,
                        java.util.Set<String> artisanHandled, java.util.Set<String> platformHandled) {

    /**
     * One row of a service's {@code korrect_outbox}.
     *
     * @param service the service whose outbox it is
     * @param eventId the envelope's id
     * @param eventType the event type's wire name
     * @param sent whether the relay has published it ({@code sent_at} set)
     * @param error the relay's last error, or null
     */
    record OutboxRow(ServiceName service, String eventId, String eventType, boolean sent, String error) {
    }

    /**
     * One notification of the platform's inbox.
     *
     * @param sourceEventId the event it came from
     * @param userId its recipient
     * @param kind what kind of notification it is
     */
    record NotificationRow(String sourceEventId, String userId, String kind) {
    }

    /**
     * A row of the artisan service's booking read model (its figures are counted from these).
     *
     * @param bookingId the booking
     * @param artisanUserId the artisan it counts for
     * @param created whether {@code booking.created} was applied
     * @param confirmed whether {@code booking.confirmed} was applied
     */
    record ArtisanBooking(String bookingId, String artisanUserId, boolean created, boolean confirmed) {
    }

    /** Reads the embedded H2 files under that data directory (as the kit's {@code Database} names them). */
    static DatabaseSnapshot readEmbedded(Path dataDir) throws SQLException {
        return read(service -> "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve(service.wireName())
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE;IFEXISTS=TRUE",
                "");
    }

    /** Reads the schemas {@code {prefix}{service}} of that PostgreSQL database. */
    static DatabaseSnapshot readPostgres(String databaseUrl, String schemaPrefix) throws SQLException {
        return read(service -> databaseUrl, schemaPrefix);
    }

    private static DatabaseSnapshot read(java.util.function.Function<ServiceName, String> urls, String prefix) throws SQLException {
        List<OutboxRow> outbox = new ArrayList<>();
        List<NotificationRow> notifications = new ArrayList<>();
        List<ArtisanBooking> artisanBookings = new ArrayList<>();
        java.util.Set<String> artisanHandled = new java.util.HashSet<>();
        java.util.Set<String> platformHandled = new java.util.HashSet<>();
        for (ServiceName service : ServiceName.values()) {
            String schema = prefix + service.wireName();
            try (Connection connection = DriverManager.getConnection(urls.apply(service));
                 Statement statement = connection.createStatement()) {
                try (ResultSet rows = statement.executeQuery("SELECT event_id, event_type, sent_at IS NOT NULL, error FROM "
                        + schema + ".korrect_outbox")) {
                    while (rows.next()) {
                        outbox.add(new OutboxRow(service, rows.getString(1).toLowerCase(java.util.Locale.ROOT), rows.getString(2),
                                rows.getBoolean(3), rows.getString(4)));
                    }
                }
                if (service == ServiceName.ARTISAN) {
                    try (ResultSet rows = statement.executeQuery("SELECT booking_id, artisan_user_id, created, confirmed FROM "
                            + schema + ".bookings")) {
                        while (rows.next()) {
                            artisanBookings.add(new ArtisanBooking(rows.getString(1), rows.getString(2), rows.getBoolean(3),
                                    rows.getBoolean(4)));
                        }
                    }
                    try (ResultSet rows = statement.executeQuery("SELECT event_id FROM " + schema
                            + ".korrect_handled_events WHERE group_name = 'artisan'")) {
                        while (rows.next()) {
                            artisanHandled.add(rows.getString(1).toLowerCase(java.util.Locale.ROOT));
                        }
                    }
                }
                if (service == ServiceName.PLATFORM) {
                    try (ResultSet rows = statement.executeQuery("SELECT event_id FROM " + schema
                            + ".korrect_handled_events WHERE group_name = 'platform'")) {
                        while (rows.next()) {
                            platformHandled.add(rows.getString(1).toLowerCase(java.util.Locale.ROOT));
                        }
                    }
                    try (ResultSet rows = statement.executeQuery("SELECT source_event_id, user_id, kind FROM " + schema
                            + ".notifications")) {
                        while (rows.next()) {
                            notifications.add(new NotificationRow(rows.getString(1), rows.getString(2), rows.getString(3)));
                        }
                    }
                }
            }
        }
        return new DatabaseSnapshot(outbox, notifications, artisanBookings, artisanHandled, platformHandled);
    }

    /** Drops the run's schemas from that PostgreSQL database. */
    static void dropPostgresSchemas(String databaseUrl, String schemaPrefix) throws SQLException {
        try (Connection connection = DriverManager.getConnection(databaseUrl); Statement statement = connection.createStatement()) {
            for (ServiceName service : ServiceName.values()) {
                statement.execute("DROP SCHEMA IF EXISTS " + schemaPrefix + service.wireName() + " CASCADE");
            }
        }
    }
}
