package ng.korrect.service;

import java.sql.SQLException;

/** A database failure, translated at the edge; the HTTP layer answers it with a 500. */
public final class DatabaseException extends KitException {

    /** Wraps the JDBC failure. */
    public DatabaseException(SQLException cause) {
        super("database failure: " + cause.getMessage(), cause);
    }

    /** The SQLSTATE of the failure, e.g. {@code 23505} for a unique violation. */
    public String sqlState() {
        return ((SQLException) getCause()).getSQLState();
    }
}
