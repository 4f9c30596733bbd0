package ng.korrect.bus.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which of the relays of one outbox table works: on PostgreSQL, the one whose session holds the table's
 * advisory lock ({@code pg_try_advisory_lock} on the table's oid, so one per table and schema); the others
 * stand by and try again each second. The holder runs its passes on the connection that holds the lock, so
 * the lock and the rows' marks live and die with one session: when the process dies, PostgreSQL drops the
 * session and the lock with it. A holder stuck for longer than the takeover time, inside a pass
 * ({@code idle_in_transaction_session_timeout}) or between passes ({@code idle_session_timeout}, PostgreSQL
 * 14 and later), has its session ended by the server, and a relay standing by takes the lock. A holder whose
 * pass fails gives the lock up, so that any relay, itself included, starts afresh. Whoever takes the lock
 * first looks on the streams for what the last holder may have published without marking it.
 *
 * <p>Elsewhere (H2, where one process owns the database file) there is one relay, which always works, on a
 * connection per pass as before.
 */
final class RelayLease implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RelayLease.class);
    /** The first key of the two-part advisory lock: Korrect's outbox relay ('KOR' + 1). */
    static final int LOCK_CLASS = 0x4B4F5201;

    private final DataSource dataSource;
    private final OutboxTable table;
    private final Duration takeoverAfter;
    private Boolean postgres;
    private boolean idleSessionTimeout;
    private Connection held;

    RelayLease(DataSource dataSource, OutboxTable table, Duration takeoverAfter) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.table = Objects.requireNonNull(table, "table");
        this.takeoverAfter = Objects.requireNonNull(takeoverAfter, "takeoverAfter");
    }

    /**
     * The connection for this relay's next pass, or empty while another relay holds the table. {@link Pass#taken}
     * says that the lock was just taken, so the pass must look for what the last holder left unmarked.
     */
    Optional<Pass> next() throws SQLException {
        if (held != null) {
            return Optional.of(new Pass(held, false));
        }
        Connection connection = dataSource.getConnection();
        try {
            if (!isPostgres(connection)) {
                return Optional.of(new Pass(connection, false));
            }
            if (!tryLock(connection)) {
                connection.close();
                return Optional.empty();
            }
            try (Statement statement = connection.createStatement()) {
                long millis = takeoverAfter.toMillis();
                statement.execute("SET idle_in_transaction_session_timeout = " + millis);
                if (idleSessionTimeout) {
                    statement.execute("SET idle_session_timeout = " + millis);
                }
            }
            held = connection;
            LOG.info("outbox {}: this relay took the table's lock and relays its rows", table.name());
            return Optional.of(new Pass(connection, true));
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection, e);
            throw e;
        }
    }

    /** After a pass that succeeded: keeps the lock's connection, closes any other. */
    void passed(Pass pass) throws SQLException {
        if (pass.connection() != held) {
            pass.connection().close();
        }
    }

    /** After a pass that failed: gives up the lock (the session may be gone already) and closes the connection. */
    void failed(Pass pass, Exception failure) {
        if (pass.connection() == held) {
            held = null;
            release(pass.connection());
            LOG.info("outbox {}: this relay gave up the table's lock after a failed pass ({})", table.name(),
                    failure.toString());
        } else {
            closeQuietly(pass.connection(), failure);
        }
    }

    /**
     * Checks that the session still holds the lock before a stream of the pass is published, and so also keeps
     * its transaction from counting as idle while it publishes stream after stream.
     */
    void confirm(Pass pass) throws SQLException {
        if (pass.connection() == held) {
            try (Statement statement = pass.connection().createStatement()) {
                statement.execute("SELECT 1");
            }
        }
    }

    /** Whether relays of this table take turns by the lock (PostgreSQL), as far as known yet. */
    boolean coordinated() {
        return Boolean.TRUE.equals(postgres);
    }

    /** Whether this relay holds the table now (PostgreSQL), for tests and logs. */
    boolean holds() {
        return held != null;
    }

    @Override
    public void close() {
        if (held != null) {
            release(held);
            held = null;
        }
    }

    private boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT pg_try_advisory_lock(?, to_regclass(?)::oid::int)")) {
            lock.setInt(1, LOCK_CLASS);
            lock.setString(2, table.name());
            try (ResultSet result = lock.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    private boolean isPostgres(Connection connection) throws SQLException {
        if (postgres == null) {
            var metadata = connection.getMetaData();
            postgres = metadata.getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
            idleSessionTimeout = postgres && metadata.getDatabaseMajorVersion() >= 14;
        }
        return postgres;
    }

    private void release(Connection connection) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_advisory_unlock(" + LOCK_CLASS + ", to_regclass('" + table.name()
                        + "')::oid::int)");
                statement.execute("SET idle_in_transaction_session_timeout TO DEFAULT");
                if (idleSessionTimeout) {
                    statement.execute("SET idle_session_timeout TO DEFAULT");
                }
            }
        } catch (SQLException | RuntimeException gone) {
            LOG.debug("outbox {}: the lock's session is gone already ({})", table.name(), gone.toString());
        }
        closeQuietly(connection, null);
    }

    private static void closeQuietly(Connection connection, Exception failure) {
        try {
            connection.close();
        } catch (SQLException | RuntimeException closing) {
            if (failure != null) {
                failure.addSuppressed(closing);
            }
        }
    }

    /**
     * The connection of one pass.
     *
     * @param connection where the pass locks, publishes and marks its rows
     * @param taken whether the lock was taken for this pass, after another relay (or none) held it
     */
    record Pass(Connection connection, boolean taken) {
    }
}
