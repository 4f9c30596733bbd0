package ng.korrect.bus.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import ng.korrect.bus.EncodedEvent;
import ng.korrect.bus.EventPublisher;
import ng.korrect.bus.PublishFailedException;
import ng.korrect.bus.policy.Backoff;
import ng.korrect.catalog.EventType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes what committed transactions put in the outbox: in insertion order, a batch at a time, the
 * rows of each stream in one {@code MULTI}/{@code EXEC}, then marks sent what Redis took, in the
 * transaction that locked the batch. While Redis or the database fails, it keeps the rows and tries again
 * with backoff.
 *
 * <p>A row is published as it was stored ({@link EventPublisher#publishEncodedAtomically}): its type
 * names the stream and its envelope's bytes become the entry's, never decoded and encoded again, since
 * {@link TransactionalOutbox} validated the event when it wrote the row. A row the relay cannot publish (a
 * type the catalog does not have, an envelope that is not its row's event) is marked with the reason in
 * its {@code error} column and set aside, and the rows after it go on.
 *
 * <p>An event reaches Redis only once the transaction that wrote its row is on storage: before a batch is
 * published, the {@link DurabilityBarrier} waits for it (H2 shows a commit a moment before it writes it).
 *
 * <p>Events reach their streams once, also across a crash between publishing and marking, or a mark
 * that failed to commit: on its first pass, and on the first pass after a failed one, the relay looks for
 * the batch's event ids (the rows' {@code event_id}) among the last entries of their streams
 * ({@link EventPublisher#alreadyPublished(ng.korrect.catalog.EventType, java.util.Collection, int)})
 * and marks those it finds sent without publishing them again. (Consumers that guard by event id would
 * skip a second copy; the Node.js services' consumers need not.) Sent rows are deleted after the
 * retention. Runs on a thread of its own until closed.
 *
 * <p>Several instances of a service run a relay each on one table: on PostgreSQL one of them works at a time,
 * the one that holds the table's advisory lock ({@link RelayLease}), so that per-stream order holds and no
 * event is published by two; the others stand by and take the table over when the holder dies, gives the lock
 * up after a failed pass, or stays stuck past {@link OutboxRelayOptions#takeoverAfter()}. A relay that takes
 * the table over looks on the streams first, as after a crash.
 */
public final class OutboxRelay implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);
    private static final int LOOK_BACK_MIN = 2_000;
    /** How often a relay standing by tries to take the table. */
    private static final Duration STANDBY_POLL = Duration.ofSeconds(1);

    private final DataSource dataSource;
    private final OutboxTable table;
    private final EventPublisher publisher;
    private final OutboxRelayOptions options;
    private final DurabilityBarrier durability;
    private final Clock clock;
    private final RelayLease lease;
    private final Thread thread;
    private volatile boolean running = true;
    /** Whether the rows may have been published without being marked: at start, and after a failed pass. */
    private boolean mayHavePublishedUnmarked = true;
    private Instant nextCleanup;

    private OutboxRelay(DataSource dataSource, OutboxTable table, EventPublisher publisher, OutboxRelayOptions options,
                        DurabilityBarrier durability, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.table = Objects.requireNonNull(table, "table");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.options = Objects.requireNonNull(options, "options");
        this.durability = Objects.requireNonNull(durability, "durability");
        this.clock = clock;
        this.nextCleanup = clock.instant();
        this.lease = new RelayLease(dataSource, table, options.takeoverAfter());
        this.thread = Thread.ofVirtual().name("korrect-outbox-" + table.name()).unstarted(this::loop);
    }

    /** Starts relaying the table's rows through the publisher. */
    public static OutboxRelay start(DataSource dataSource, OutboxTable table, EventPublisher publisher,
                                    OutboxRelayOptions options) {
        return start(dataSource, table, publisher, options, DurabilityBarrier.NONE);
    }

    /**
     * Starts relaying the table's rows through the publisher, each batch once the barrier says the
     * transactions that wrote it are on storage (H2 needs one: {@link DurabilityBarrier}).
     */
    public static OutboxRelay start(DataSource dataSource, OutboxTable table, EventPublisher publisher,
                                    OutboxRelayOptions options, DurabilityBarrier durability) {
        OutboxRelay relay = new OutboxRelay(dataSource, table, publisher, options, durability, Clock.systemUTC());
        relay.thread.start();
        return relay;
    }

    /** How many rows wait to be published. */
    public long backlog() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             ResultSet rows = connection.createStatement().executeQuery(
                     "SELECT COUNT(*) FROM " + table.name() + " WHERE sent_at IS NULL")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Stops after the current pass. */
    @Override
    public void close() {
        running = false;
        try {
            thread.join(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!thread.isAlive()) {
            lease.close();
        }
    }

    /** Whether this relay holds its table now (on PostgreSQL; elsewhere no relay holds it). */
    boolean holdsTable() {
        return lease.holds();
    }

    private void loop() {
        Backoff backoff = Backoff.doubling(FIRST_BACKOFF, options.retryBackoffMax().compareTo(FIRST_BACKOFF) < 0
                ? FIRST_BACKOFF : options.retryBackoffMax());
        int failures = 0;
        while (running) {
            try {
                int published = relayOnePass();
                if (published < 0) {
                    sleep(STANDBY_POLL);
                    continue;
                }
                cleanUpIfDue();
                if (failures > 0) {
                    LOG.info("outbox {}: publishing again after {} failed passes", table.name(), failures);
                }
                failures = 0;
                if (published == 0) {
                    sleep(options.pollInterval());
                }
            } catch (SQLException | RuntimeException e) {
                if (++failures == 1) {
                    LOG.warn("outbox {}: cannot relay ({}); retrying with backoff up to {}", table.name(), e.toString(),
                            options.retryBackoffMax());
                }
                Duration wait = backoff.after(failures);
                // a relay that gave the table up lets one standing by have it first
                sleep(lease.coordinated() && wait.compareTo(STANDBY_POLL) < 0 ? STANDBY_POLL : wait);
            }
        }
    }

    /**
     * Publishes one batch of unsent rows and marks sent those that Redis took; returns how many rows it
     * took. The rows of one stream go in one {@code MULTI}/{@code EXEC}, all or none, so that a failure
     * part-way (Redis restarting, a connection lost) neither publishes a row twice on the next pass nor
     * lets a later row of that stream overtake an earlier one. Rows of other streams are independent.
     *
     * Returns -1 without doing anything while another relay holds the table.
     *
     * @throws PublishFailedException after marking what was published, when a stream's rows were not
     */
    int relayOnePass() throws SQLException {
        Optional<RelayLease.Pass> next = lease.next();
        if (next.isEmpty()) {
            return -1;
        }
        RelayLease.Pass pass = next.get();
        if (pass.taken()) {
            mayHavePublishedUnmarked = true;
        }
        Connection connection = pass.connection();
        try {
            connection.setAutoCommit(false);
            try {
                List<OutboxRow> rows = lockUnsent(connection);
                if (!rows.isEmpty()) {
                    durability.awaitDurable();
                }
                Map<EventType, List<OutboxRow>> rowsByStream = new LinkedHashMap<>();
                List<OutboxRow> unpublishable = new ArrayList<>();
                for (OutboxRow row : rows) {
                    row.event().ifPresentOrElse(
                            event -> rowsByStream.computeIfAbsent(event.type(), type -> new ArrayList<>()).add(row),
                            () -> unpublishable.add(row));
                }
                List<OutboxRow> sent = new ArrayList<>(rows.size());
                PublishFailedException failure = null;
                for (List<OutboxRow> stream : rowsByStream.values()) {
                    lease.confirm(pass);
                    try {
                        sent.addAll(publishOnce(stream));
                    } catch (PublishFailedException e) {
                        failure = failure == null ? e : failure;
                    }
                }
                markSent(connection, sent);
                unpublishable.forEach(row -> LOG.error("outbox {}: row {} is not a valid event and is set aside: {}",
                        table.name(), row.position(), row.problem().orElseThrow()));
                markErrors(connection, unpublishable);
                connection.commit();
                if (failure != null) {
                    throw failure;
                }
                mayHavePublishedUnmarked = false;
                lease.passed(pass);
                return rows.size();
            } catch (SQLException | RuntimeException e) {
                mayHavePublishedUnmarked = true;
                rollBack(connection, e);
                throw e;
            }
        } catch (SQLException | RuntimeException e) {
            lease.failed(pass, e);
            throw e;
        }
    }

    /**
     * Publishes one stream's rows atomically, as they were stored, leaving out those already on the stream
     * when an earlier pass may have published them; returns the rows to mark sent.
     */
    private List<OutboxRow> publishOnce(List<OutboxRow> rows) {
        List<EncodedEvent> events = rows.stream().map(row -> row.event().orElseThrow()).toList();
        if (!mayHavePublishedUnmarked) {
            publisher.publishEncodedAtomically(events);
            return rows;
        }
        EventType type = events.get(0).type();
        Set<UUID> published = publisher.alreadyPublished(type, events.stream().map(EncodedEvent::id).toList(), lookBack());
        List<EncodedEvent> unpublished = events.stream().filter(event -> !published.contains(event.id())).toList();
        if (!published.isEmpty()) {
            LOG.info("outbox {}: {} of {} events were already on {} (published before a crash or a failed mark); "
                    + "marking them sent without publishing them again", table.name(), published.size(), events.size(),
                    type.streamKey());
        }
        if (!unpublished.isEmpty()) {
            publisher.publishEncodedAtomically(unpublished);
        }
        return rows;
    }

    /** How many of a stream's last entries to look through: the batch, and what others published since. */
    private int lookBack() {
        return Math.max(LOOK_BACK_MIN, 4 * options.batchSize());
    }

    private static void rollBack(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException | RuntimeException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    private List<OutboxRow> lockUnsent(Connection connection) throws SQLException {
        String select = "SELECT " + OutboxRow.COLUMNS + " FROM " + table.name()
                + " WHERE sent_at IS NULL AND error IS NULL ORDER BY position LIMIT " + options.batchSize() + " FOR UPDATE";
        List<OutboxRow> rows = new ArrayList<>();
        try (ResultSet result = connection.createStatement().executeQuery(select)) {
            while (result.next()) {
                rows.add(OutboxRow.read(result));
            }
        }
        return rows;
    }

    private void markSent(Connection connection, List<OutboxRow> rows) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE " + table.name() + " SET sent_at = ? WHERE position = ?")) {
            OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
            for (OutboxRow row : rows) {
                update.setObject(1, now);
                update.setLong(2, row.position());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private void markErrors(Connection connection, List<OutboxRow> rows) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE " + table.name() + " SET error = ? WHERE position = ?")) {
            for (OutboxRow row : rows) {
                String error = row.problem().orElseThrow();
                update.setString(1, error.length() > 2000 ? error.substring(0, 2000) : error);
                update.setLong(2, row.position());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private void cleanUpIfDue() throws SQLException {
        Instant now = clock.instant();
        if (now.isBefore(nextCleanup)) {
            return;
        }
        nextCleanup = now.plus(options.cleanupInterval());
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM " + table.name() + " WHERE sent_at IS NOT NULL AND sent_at < ?")) {
            delete.setObject(1, OffsetDateTime.ofInstant(now.minus(options.retention()), ZoneOffset.UTC));
            int deleted = delete.executeUpdate();
            if (deleted > 0) {
                LOG.debug("outbox {}: deleted {} rows sent before the retention of {}", table.name(), deleted,
                        options.retention());
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
