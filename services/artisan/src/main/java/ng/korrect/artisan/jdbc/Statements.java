package ng.korrect.artisan.jdbc;

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

/** The few JDBC calls the artisan service makes, with parameters bound in order. */
public final class Statements {

    /** The SQL state of a unique or primary key violation, on PostgreSQL and H2 alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    private Statements() {
    }

    /** Maps the current row of a result. */
    @FunctionalInterface
    public interface RowMapper<T> {
        /** The value of the current row. */
        T map(ResultSet row) throws SQLException;
    }

    /** Runs an INSERT, UPDATE or DELETE and returns how many rows it changed. */
    public static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    /** Every row of the query, mapped. */
    public static <T> List<T> list(Connection connection, String sql, RowMapper<T> mapper, Object... parameters)
            throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        }
    }

    /** The first row of the query, mapped, if there is one. */
    public static <T> Optional<T> first(Connection connection, String sql, RowMapper<T> mapper, Object... parameters)
            throws SQLException {
        List<T> rows = list(connection, sql, mapper, parameters);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** An instant as both databases store a {@code TIMESTAMP WITH TIME ZONE}. */
    public static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The instant of a {@code TIMESTAMP WITH TIME ZONE} column, or null. */
    public static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** Whether the failure is a unique or primary key violation. */
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
                statement.setObject(i + 1, parameters[i]);
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }
}
