package ng.korrect.bus.policy;

import java.nio.channels.UnresolvedAddressException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import ng.korrect.bus.PermanentFailureException;
import ng.korrect.catalog.InvalidEventException;

/**
 * Which handler failures are permanent, to be dead-lettered at once, and which are retried. Immutable and
 * thread-safe; each change gives a new classification. A failure is, in this order:
 * <ol>
 *   <li>permanent when it is a {@link PermanentFailureException} or has one among its causes: the handler said so;
 *   <li>retriable when a {@link #retriableWhen} predicate holds;
 *   <li>permanent when a {@link #permanentWhen} predicate holds;
 *   <li>permanent by default when it is a programming error or a value no delivery can read or store:
 *       {@link IllegalArgumentException} (with {@link NumberFormatException}), {@link NullPointerException},
 *       {@link ClassCastException}, {@link IndexOutOfBoundsException}, {@link ArithmeticException},
 *       {@link UnsupportedOperationException}, the catalog's {@link InvalidEventException}, or an
 *       {@link SQLException} whose SQLState is of class {@code 22}, a data exception (a value too long for its
 *       column, out of range, not of the column's type: the same statement fails the same way every time, on
 *       PostgreSQL as on H2). Only the failure's own class is looked at, not its causes; and an
 *       {@link UnresolvedAddressException}, a host name that did not resolve, is no programming error;
 *   <li>retriable otherwise: every other {@link SQLException} (a database down or busy, a deadlock, a
 *       constraint that another event's row will satisfy; PostgreSQL's driver tells no transient one apart by
 *       its class), Redis and I/O errors, timeouts, {@link IllegalStateException}, and whatever else.
 * </ol>
 *
 * <pre>{@code
 * FailureClassification failures = FailureClassification.DEFAULT
 *         .permanentWhen(failure -> failure instanceof ProfileGoneException)
 *         .retriableWhen(failure -> failure instanceof IllegalArgumentException && isFromTheFlakyLibrary(failure));
 * }</pre>
 */
public final class FailureClassification {

    /** The defaults alone. */
    public static final FailureClassification DEFAULT = new FailureClassification(List.of(), List.of());

    private static final List<Class<? extends Throwable>> PROGRAMMING_ERRORS = List.of(IllegalArgumentException.class,
            NullPointerException.class, ClassCastException.class, IndexOutOfBoundsException.class,
            ArithmeticException.class, UnsupportedOperationException.class, InvalidEventException.class);
    /** How deep to look for a {@link PermanentFailureException} among the causes. */
    private static final int MAX_CAUSES = 16;

    private final List<Predicate<? super Throwable>> retriable;
    private final List<Predicate<? super Throwable>> permanent;

    private FailureClassification(List<Predicate<? super Throwable>> retriable, List<Predicate<? super Throwable>> permanent) {
        this.retriable = List.copyOf(retriable);
        this.permanent = List.copyOf(permanent);
    }

    /** This classification, which also holds the failures that match permanent. */
    public FailureClassification permanentWhen(Predicate<? super Throwable> predicate) {
        return new FailureClassification(retriable, plus(permanent, predicate));
    }

    /**
     * This classification, which holds the failures that match retriable, even those that a {@link #permanentWhen}
     * predicate or the defaults hold permanent; never a {@link PermanentFailureException}.
     */
    public FailureClassification retriableWhen(Predicate<? super Throwable> predicate) {
        return new FailureClassification(plus(retriable, predicate), permanent);
    }

    /** What that failure of a handler is. */
    public FailureKind classify(Throwable failure) {
        Objects.requireNonNull(failure, "failure");
        if (saysPermanent(failure)) {
            return FailureKind.PERMANENT;
        }
        if (retriable.stream().anyMatch(predicate -> predicate.test(failure))) {
            return FailureKind.RETRIABLE;
        }
        if (permanent.stream().anyMatch(predicate -> predicate.test(failure)) || isProgrammingError(failure)
                || isDataException(failure)) {
            return FailureKind.PERMANENT;
        }
        return FailureKind.RETRIABLE;
    }

    private static boolean saysPermanent(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < MAX_CAUSES; depth++) {
            if (current instanceof PermanentFailureException) {
                return true;
            }
            current = current.getCause();
        }
        return false;
    }

    private static boolean isProgrammingError(Throwable failure) {
        return !(failure instanceof UnresolvedAddressException)
                && PROGRAMMING_ERRORS.stream().anyMatch(type -> type.isInstance(failure));
    }

    /** SQLState class 22 of the SQL standard: the values do not fit the statement, whenever it runs. */
    private static boolean isDataException(Throwable failure) {
        return failure instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22");
    }

    private static List<Predicate<? super Throwable>> plus(List<Predicate<? super Throwable>> predicates,
                                                          Predicate<? super Throwable> predicate) {
        List<Predicate<? super Throwable>> more = new ArrayList<>(predicates);
        more.add(Objects.requireNonNull(predicate, "predicate"));
        return more;
    }
}
