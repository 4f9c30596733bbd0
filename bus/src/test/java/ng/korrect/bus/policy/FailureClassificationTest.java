package ng.korrect.bus.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisConnectionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import ng.korrect.bus.PermanentFailureException;
import ng.korrect.bus.idempotency.EventAlreadyInProgressException;
import ng.korrect.catalog.InvalidEventException;
import ng.korrect.catalog.Problem;
import org.junit.jupiter.api.Test;

class FailureClassificationTest {

    private final FailureClassification defaults = FailureClassification.DEFAULT;

    @Test
    void shouldHoldAPermanentFailureExceptionPermanentWhereverItIsAmongTheCauses() {
        assertThat(defaults.classify(new PermanentFailureException("no such profile"))).isEqualTo(FailureKind.PERMANENT);
        assertThat(defaults.classify(new IllegalStateException("wrapped", new PermanentFailureException("no such profile"))))
                .isEqualTo(FailureKind.PERMANENT);
    }

    @Test
    void shouldHoldProgrammingErrorsAndUnreadableValuesPermanentByDefault() {
        List<Throwable> permanent = List.of(new IllegalArgumentException("bad role"), new NumberFormatException("x"),
                new NullPointerException(), new ClassCastException(), new IndexOutOfBoundsException(),
                new ArithmeticException(), new UnsupportedOperationException(),
                new SQLException("value too long for type character varying(200)", "22001"),
                new SQLException("invalid input syntax for type uuid", "22P02"),
                new SQLDataException("Numeric value out of range", "22003"),
                new InvalidEventException(Optional.empty(), Optional.empty(), List.of(new Problem("data", "not JSON"))));
        assertThat(permanent).allSatisfy(failure -> assertThat(defaults.classify(failure)).as(failure.toString())
                .isEqualTo(FailureKind.PERMANENT));
    }

    @Test
    void shouldRetryWhatMayPassByDefault() {
        List<Throwable> retriable = List.of(new SQLException("connection refused", "08001"), new SQLException("no state"),
                new SQLException("terminating connection due to administrator command", "57P01"),
                new SQLException("deadlock detected", "40P01"),
                new SQLIntegrityConstraintViolationException("the booking's row is not there yet", "23503"),
                new SQLTransientException("deadlock"), new SQLTransientConnectionException("pool exhausted"),
                new IOException("reset"), new UncheckedIOException(new IOException("reset")), new ConnectException(),
                new HttpTimeoutException("users"), new TimeoutException(), new RedisConnectionException("down"),
                new RedisCommandTimeoutException(), new IllegalStateException("read model not ready"),
                new EventAlreadyInProgressException("artisan", java.util.UUID.randomUUID()),
                new RuntimeException("503 from the Users service"), new UnresolvedAddressException());
        assertThat(retriable).allSatisfy(failure -> assertThat(defaults.classify(failure)).as(failure.toString())
                .isEqualTo(FailureKind.RETRIABLE));
    }

    @Test
    void shouldLookOnlyAtTheFailureItselfForTheDefaults() {
        assertThat(defaults.classify(new SQLException("driver bug", new NullPointerException())))
                .isEqualTo(FailureKind.RETRIABLE);
    }

    @Test
    void shouldAddTheGroupsOwnPermanentFailures() {
        FailureClassification failures = defaults.permanentWhen(failure -> failure instanceof SQLException sql
                && "23505".equals(sql.getSQLState()));

        assertThat(failures.classify(new SQLException("duplicate key", "23505"))).isEqualTo(FailureKind.PERMANENT);
        assertThat(failures.classify(new SQLException("connection refused", "08001"))).isEqualTo(FailureKind.RETRIABLE);
        assertThat(failures.classify(new NullPointerException())).isEqualTo(FailureKind.PERMANENT);
        assertThat(defaults.classify(new SQLException("duplicate key", "23505")))
                .as("the defaults are unchanged").isEqualTo(FailureKind.RETRIABLE);
    }

    @Test
    void shouldLetTheGroupRetryWhatTheDefaultsOrItsOwnPredicatesHoldPermanentButNeverWhatAHandlerSaidIs() {
        FailureClassification failures = defaults.permanentWhen(IllegalStateException.class::isInstance)
                .retriableWhen(failure -> failure.getMessage() != null && failure.getMessage().contains("flaky"));

        assertThat(failures.classify(new IllegalArgumentException("flaky library"))).isEqualTo(FailureKind.RETRIABLE);
        assertThat(failures.classify(new IllegalStateException("flaky state"))).isEqualTo(FailureKind.RETRIABLE);
        assertThat(failures.classify(new IllegalStateException("broken"))).isEqualTo(FailureKind.PERMANENT);
        assertThat(failures.classify(new PermanentFailureException("flaky, but the handler knows")))
                .isEqualTo(FailureKind.PERMANENT);
    }
}
