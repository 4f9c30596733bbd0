package ng.korrect.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import ng.korrect.bus.EnvelopeFactory;
import ng.korrect.bus.PublishOptions;
import ng.korrect.bus.outbox.OutboxTable;
import ng.korrect.bus.outbox.TransactionalOutbox;
import ng.korrect.catalog.EventCodec;
import ng.korrect.service.internal.OutboxTransaction;

/**
 * Runs work in one JDBC transaction together with the outbox, so a state change and the events it
 * causes commit together or not at all:
 *
 * <pre>{@code
 * UUID userId = transactions.inTransaction(tx -> {
 *     users.insert(tx.connection(), user);
 *     tx.publish(new UserCreated(...));
 *     return user.id();
 * });
 * }</pre>
 *
 * <p>Plain JDBC rather than JDBI: the bus's outbox and idempotency guard work on a {@link Connection},
 * and services write a handful of statements each, which JDBC does without another library between
 * them and the database. Thread-safe.
 */
public final class Transactions {

    private final DataSource dataSource;
    private final EnvelopeFactory envelopes;
    private final TransactionalOutbox outbox;

    /**
     * Transactions on that data source, whose events that factory mints (as its source) and that codec
     * encodes into the outbox; no connection to Redis is needed to write them.
     */
    public Transactions(DataSource dataSource, EnvelopeFactory envelopes, EventCodec codec) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.envelopes = Objects.requireNonNull(envelopes, "envelopes");
        this.outbox = new TransactionalOutbox(OutboxTable.standard(), codec);
    }

    /**
     * Runs the work in a new transaction and commits; rolls back and rethrows when it throws.
     * Checked exceptions other than {@link SQLException} are rethrown wrapped in a {@link KitException};
     * {@link SQLException}s as {@link DatabaseException}.
     */
    public <T> T inTransaction(TransactionWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(on(connection));
                connection.commit();
                return result;
            } catch (Exception | Error failure) {
                rollBack(connection, failure);
                throw failure;
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (SQLException e) {
            throw new DatabaseException(e);
        } catch (Exception e) {
            throw new KitException("transaction failed: " + e.getMessage(), e);
        }
    }

    /**
     * Rolls back after the failure; a rollback that fails too (the connection broke, which is often why the
     * work failed) is kept as suppressed, so that the failure that matters is the one thrown.
     */
    private static void rollBack(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException | RuntimeException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    /**
     * A {@link Transaction} on a transaction someone else owns and commits: a consumer group's handler
     * guarded by {@link ng.korrect.bus.idempotency.JdbcIdempotencyGuard} publishes through it, so its
     * events commit with its writes and the handled mark. Inside a handler the events carry the handled
     * event's correlation id (the bus carries it on).
     *
     * <pre>{@code
     * group.on(UserDeleted.class, context.idempotency().guard((event, delivery, connection) -> {
     *     conversations.eraseUser(connection, event.payload().userId());
     *     context.transactions().on(connection).publish(...);
     * }));
     * }</pre>
     */
    public Transaction on(Connection transaction) {
        PublishOptions options = Correlation.current().map(PublishOptions::correlatedWith).orElse(PublishOptions.none());
        return new OutboxTransaction(Objects.requireNonNull(transaction, "transaction"), envelopes, outbox, options);
    }

    /** Runs work that returns nothing in a new transaction; see {@link #inTransaction(TransactionWork)}. */
    public void run(TransactionWork<?> work) {
        inTransaction(work);
    }
}
