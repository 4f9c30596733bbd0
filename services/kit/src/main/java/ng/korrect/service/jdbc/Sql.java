package ng.korrect.service.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The few JDBC calls the services' repositories make, on the caller's connection and inside its transaction:
 * the one place where the services prepare statements, bind parameters and walk results. Parameters are
 * bound in order with {@code setObject} (null binds an SQL NULL); an {@link Instant} is bound as a UTC
 * {@link OffsetDateTime}, which PostgreSQL and H2 both store in a {@code TIMESTAMP WITH TIME ZONE}.
 * Every statement is closed before the method returns; the connection is left open and its transaction
 * untouched. Stateless; thread-safe as far as the connection is.
 *
 * <pre>{@code
 * Optional<String> owner = Sql.first(connection, row -> row.getString(1),
 *         "SELECT owner_id FROM notes WHERE id = ?", noteId);
 * boolean taken = Sql.exists(connection, "SELECT 1 FROM notes WHERE title = ?", title);
 * long unread = Sql.count(connection, "SELECT COUNT(*) FROM notes WHERE owner_id = ? AND read_at IS NULL", ownerId);
 * }</pre>
 */
public final class Sql {

    /** The SQL state of a unique or primary key violation, on PostgreSQL and H2 alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    private Sql() {
    }

    /** Reads the current row of a result into a value. */
    @FunctionalInterface
    public interface RowReader<T> {
        /** The value of the current row. */
        T read(ResultSet row) throws SQLException;
    }

    /** Runs an INSERT, UPDATE or DELETE; returns the number of rows it changed. */
    public static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    /**
     * Runs one INSERT, UPDATE or DELETE once for each row of parameters, in one batch; returns the number of
     * rows each run changed, in order ({@link java.sql.Statement#SUCCESS_NO_INFO} where the driver cannot
     * tell). Sends nothing when there are no rows.
     */
    public static int[] batch(Connection connection, String sql, List<Object[]> parameterRows) throws SQLException {
        if (parameterRows.isEmpty()) {
            return new int[0];
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] parameters : parameterRows) {
                bind(statement, parameters);
                statement.addBatch();
            }
            return statement.executeBatch();
        }
    }

    /** Every row the query returns, read in order. */
    public static <T> List<T> list(Connection connection, RowReader<T> reader, String sql, Object... parameters)
            throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            List<T> values = new ArrayList<>();
            while (rows.next()) {
                values.add(reader.read(rows));
            }
            return values;
        }
    }

    /** The first row the query returns, read, if there is one. */
    public static <T> Optional<T> first(Connection connection, RowReader<T> reader, String sql, Object... parameters)
            throws SQLException {
        return list(connection, reader, sql, parameters).stream().findFirst();
    }

    /** Whether the query returns at least one row. */
    public static boolean exists(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            return rows.next();
        }
    }

    /**
     * The number a counting query returns ({@code SELECT COUNT(*) ...}): the first column of its first row,
     * as a long; 0 when the query returns no row or a null.
     */
    public static long count(Connection connection, String sql, Object... parameters) throws SQLException {
        return first(connection, row -> row.getLong(1), sql, parameters).orElse(0L);
    }

    /** The instant of a {@code TIMESTAMP WITH TIME ZONE} column, or null. */
    public static Instant instant(ResultSet row, String column) throws SQLException {
        return toInstant(row.getObject(column, OffsetDateTime.class));
    }

    /** The instant of the {@code TIMESTAMP WITH TIME ZONE} column at that index (from 1), or null. */
    public static Instant instant(ResultSet row, int column) throws SQLException {
        return toInstant(row.getObject(column, OffsetDateTime.class));
    }

    /** The instant of a nullable {@code TIMESTAMP WITH TIME ZONE} column, empty when it is null. */
    public static Optional<Instant> optionalInstant(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(instant(row, column));
    }

    /** Whether the failure, or one chained to it, is a unique or primary key violation. */
    public static boolean isUniqueViolation(SQLException failure) {
        for (SQLException e = failure; e != null; e = e.getNextException()) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            bind(statement, parameters);
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, bindable(parameters[i]));
        }
    }

    private static Instant toInstant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    private static Object bindable(Object parameter) {
        return parameter instanceof Instant instant ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : parameter;
    }
}
