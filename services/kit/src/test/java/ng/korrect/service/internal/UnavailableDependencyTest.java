package ng.korrect.service.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisConnectionException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import ng.korrect.service.DatabaseException;
import org.junit.jupiter.api.Test;

class UnavailableDependencyTest {

    @Test
    void shouldNameTheDatabaseWhenThePoolCouldNotHandOutAConnection() {
        SQLTransientConnectionException timeout = new SQLTransientConnectionException(
                "korrect-users - Connection is not available, request timed out after 5000ms");

        assertThat(UnavailableDependency.of(new DatabaseException(timeout))).contains(UnavailableDependency.DATABASE);
    }

    @Test
    void shouldNameTheDatabaseForAConnectionExceptionOrAServerShuttingDown() {
        assertThat(UnavailableDependency.of(new SQLException("An I/O error occurred", "08006")))
                .contains(UnavailableDependency.DATABASE);
        assertThat(UnavailableDependency.of(new SQLException("terminating connection due to administrator command", "57P01")))
                .contains(UnavailableDependency.DATABASE);
        assertThat(UnavailableDependency.of(new SQLException("Connection is broken", "90067", 90067)))
                .contains(UnavailableDependency.DATABASE);
    }

    @Test
    void shouldNameRedisWhenItCannotBeReached() {
        assertThat(UnavailableDependency.of(new IllegalStateException("publish failed",
                new RedisConnectionException("Unable to connect to 127.0.0.1:6379"))))
                .contains(UnavailableDependency.REDIS);
    }

    @Test
    void shouldNotBlameADependencyForAQueryThatIsWrong() {
        assertThat(UnavailableDependency.of(new DatabaseException(new SQLException("duplicate key", "23505")))).isEmpty();
        assertThat(UnavailableDependency.of(new SQLException("Table \"NOPE\" not found", "42S02", 42102))).isEmpty();
        assertThat(UnavailableDependency.of(new IllegalStateException("a bug"))).isEmpty();
    }
}
