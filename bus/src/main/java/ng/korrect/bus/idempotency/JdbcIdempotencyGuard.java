package ng.korrect.bus.idempotency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import ng.korrect.bus.EventHandler;
import ng.korrect.catalog.payload.EventPayload;

/**
 * Makes a handler's database effects happen exactly once per event and group: in one transaction it
 * inserts {@code (group, event id)} into the handled-events table and runs the handler's writes, so both
 * commit or neither does. A second delivery finds the row and is skipped; a concurrent one waits on the
 * row's key and then finds it. Works on PostgreSQL and on H2 (in its PostgreSQL mode), which both
 * accept {@code INSERT ... ON CONFLICT DO NOTHING}.
 *
 * <p>The table ({@link #createTableSql()}) belongs to the service's schema; create it with the service's
 * migrations or {@link #createTableIfMissing()}. Thread-safe.
 */
public final class JdbcIdempotencyGuard {

    /** The default table name. */
    public static final String DEFAULT_TABLE = "korrect_handled_events";

    private static final Pattern SQL_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    private final DataSource dataSource;
    private final String table;

    /** A guard on that data source, with the {@value #DEFAULT_TABLE} table. */
    public JdbcIdempotencyGuard(DataSource dataSource) {
        this(dataSource, DEFAULT_TABLE);
    }

    /** A guard on that data source and table. */
    public JdbcIdempotencyGuard(DataSource dataSource, String table) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        if (table == null || !SQL_NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("table must be a plain SQL name, was " + table);
        }
        this.table = table;
    }

    /** The DDL of the handled-events table. */
    public String createTableSql() {
        return "CREATE TABLE IF NOT EXISTS " + table + " ("
                + "group_name VARCHAR(100) NOT NULL, "
                + "event_id UUID NOT NULL, "
                + "handled_at TIMESTAMP WITH TIME ZONE NOT NULL, "
                + "PRIMARY KEY (group_name, event_id))";
    }

    /** Creates the table if it is missing. */
    public void createTableIfMissing() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(createTableSql());
        }
    }

    /** The handler, whose writes commit together with the mark that the event was handled. */
    public <P extends EventPayload> EventHandler<P> guard(TransactionalEventHandler<P> handler) {
        String insert = "INSERT INTO " + table + " (group_name, event_id, handled_at) VALUES (?, ?, ?) "
                + "ON CONFLICT DO NOTHING";
        return (event, delivery) -> {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try {
                    if (markHandled(connection, insert, delivery.group(), event.id())) {
                        handler.handle(event, delivery, connection);
                    }
                    connection.commit();
                } catch (Exception | Error failure) {
                    connection.rollback();
                    throw failure;
                }
            }
        };
    }

    private static boolean markHandled(Connection connection, String insert, String group, java.util.UUID eventId)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            statement.setString(1, group);
            statement.setObject(2, eventId);
            statement.setObject(3, java.time.OffsetDateTime.ofInstant(Instant.now(), java.time.ZoneOffset.UTC));
            return statement.executeUpdate() == 1;
        }
    }
}
