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
 * The few JDBC calls the services' stores make, on the caller's connection and inside its transaction.
 * Parameters are bound in order with {@code setObject}; an {@link Instant} is bound as a UTC
 * {@link OffsetDateTime}, which PostgreSQL and H2 both store in a {@code TIMESTAMP WITH TIME ZONE}.
 *
 * <pre>{@code
 * Optional<String> owner = Sql.first(connection, row -> row.getString(1),
 *         "SELECT owner_id FROM notes WHERE id = ?", noteId);
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

    /** The instant of a {@code TIMESTAMP WITH TIME ZONE} column, or null. */
    public static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
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
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, bindable(parameters[i]));
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    private static Object bindable(Object parameter) {
        return parameter instanceof Instant instant ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : parameter;
    }
}
