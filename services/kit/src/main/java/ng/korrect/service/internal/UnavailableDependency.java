package ng.korrect.service.internal;

import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisConnectionException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a failure that a dependency being down caused from any other: a connection to the database that
 * broke or could not be had (a pool timeout, a connection exception of SQL state class {@code 08}, a server
 * shutting down, H2's broken connection or closed database), or Redis unreachable or not answering in time.
 * Such a failure is answered 503, since trying again after the dependency is back can succeed; any other
 * stays a 500. Looks through the whole chain of causes.
 */
final class UnavailableDependency {

    /** The database, as named in answers. */
    static final String DATABASE = "database";
    /** Redis, as named in answers. */
    static final String REDIS = "redis";

    /** PostgreSQL's admin shutdown, crash shutdown and cannot-connect-now. */
    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");
    /** H2's connection broken, database called at shutdown, database closed. */
    private static final Set<Integer> H2_GONE = Set.of(90067, 90098, 90121);

    private UnavailableDependency() {
    }

    /** The dependency whose unavailability caused that failure, if one did. */
    static Optional<String> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && databaseIsUnavailable(sql)) {
                return Optional.of(DATABASE);
            }
            if (cause instanceof RedisConnectionException || cause instanceof RedisCommandTimeoutException) {
                return Optional.of(REDIS);
            }
        }
        return Optional.empty();
    }

    private static boolean databaseIsUnavailable(SQLException failure) {
        if (failure instanceof SQLTransientConnectionException || failure instanceof SQLNonTransientConnectionException
                || failure instanceof SQLRecoverableException) {
            return true;
        }
        String state = failure.getSQLState();
        return state != null && (state.startsWith("08") || SERVER_GOING_AWAY.contains(state))
                || H2_GONE.contains(failure.getErrorCode());
    }
}
