package ng.korrect.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import ng.korrect.bus.outbox.OutboxRelay;
import ng.korrect.bus.outbox.OutboxRelayOptions;
import ng.korrect.bus.outbox.OutboxTable;
import ng.korrect.bus.outbox.TransactionalOutbox;
import ng.korrect.catalog.EventCodec;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.InvalidEventException;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.BookingCreated;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the outbox must do on every database it supports; one subclass per database. */
abstract class OutboxContract {

    private static final String STREAM = EventType.BOOKING_CREATED.streamKey();

    @RegisterExtension
    static final RedisFixture redis = RedisFixture.ephemeral();

    private TestDatabase database;
    private EventBus bus;
    private EventPublisher publisher;
    private TransactionalOutbox outbox;
    private final EventCodec codec = EventCodec.create();

    abstract TestDatabase database();

    @BeforeEach
    void prepare() throws Exception {
        database = database();
        OutboxTable.standard().createIfMissing(database.dataSource());
        bus = EventBus.connect(BusOptions.builder(redis.url()).publishTimeout(Duration.ofSeconds(1)).build());
        publisher = bus.publisher(ServiceName.TRANSACTION);
        outbox = new TransactionalOutbox(OutboxTable.standard(), codec);
    }

    @AfterEach
    void cleanUp() {
        bus.close();
        database.close();
    }

    @Test
    void shouldPublishInOrderWhatCommittedAndNothingOfWhatRolledBack() throws Exception {
        write(true, 1, 2, 3);
        write(false, 4, 5);
        write(true, 6);

        try (OutboxRelay relay = startRelay(OutboxRelayOptions.DEFAULTS)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> relay.backlog() == 0 && redis.redis().xlen(STREAM) == 4);
        }
        assertThat(publishedBookings()).containsExactly("booking-1", "booking-2", "booking-3", "booking-6");
    }

    @Test
    void shouldKeepTheEventsWhileRedisIsDownAndPublishThemAllOnceItIsBack() throws Exception {
        redis.server().stop();
        try (OutboxRelay relay = startRelay(OutboxRelayOptions.DEFAULTS)) {
            write(true, java.util.stream.IntStream.range(0, 100).toArray());
            Thread.sleep(500);
            assertThat(relay.backlog()).isEqualTo(100);

            redis.server().restart();
            await().atMost(Duration.ofSeconds(20)).until(() -> relay.backlog() == 0);
        }
        List<String> published = publishedBookings();
        assertThat(published).hasSize(100).doesNotHaveDuplicates();
        assertThat(published.get(0)).isEqualTo("booking-0");
        assertThat(published.get(99)).isEqualTo("booking-99");
    }

    @Test
    void shouldDeleteSentRowsAfterTheRetention() throws Exception {
        write(true, 1, 2);
        OutboxRelayOptions shortRetention = OutboxRelayOptions.DEFAULTS.withRetention(Duration.ofMillis(1), Duration.ofMillis(50));
        try (OutboxRelay relay = startRelay(shortRetention)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> rowCount() == 0);
        }
        assertThat(redis.redis().xlen(STREAM)).isEqualTo(2);
    }

    @Test
    void shouldRefuseAnInvalidEventInsideTheTransaction() throws Exception {
        try (Connection connection = database.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            BookingCreated blankId = new BookingCreated(" ", "c", "a", "p", "Tiling", "pending");
            assertThatThrownBy(() -> outbox.add(connection, publisher.envelope(blankId, PublishOptions.none())))
                    .isInstanceOf(InvalidEventException.class)
                    .hasMessageContaining("payload.bookingId");
            connection.rollback();
        }
        assertThat(rowCount()).isZero();
    }

    @Test
    void shouldPublishEveryRowOnceWhenOneStreamFailsPartWayThroughABatch() throws Exception {
        try (Connection connection = database.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            for (int i = 0; i < 6; i++) {
                outbox.add(connection, publisher.envelope(Samples.bookingCreated(i), PublishOptions.none()));
                outbox.add(connection, publisher.envelope(new ng.korrect.catalog.payload.PaymentReceived("payment-" + i,
                        "booking-" + i, "customer-1", java.math.BigDecimal.TEN, "ref-" + i), PublishOptions.none()));
            }
            connection.commit();
        }
        FailingOnce failingPayments = new FailingOnce(publisher, EventType.PAYMENT_RECEIVED);

        try (OutboxRelay relay = OutboxRelay.start(database.dataSource(), OutboxTable.standard(), failingPayments, codec,
                OutboxRelayOptions.DEFAULTS)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> relay.backlog() == 0);
        }

        assertThat(failingPayments.failed).as("the payments' first attempt failed").isTrue();
        assertThat(publishedBookings()).containsExactly("booking-0", "booking-1", "booking-2", "booking-3", "booking-4",
                "booking-5");
        assertThat(redis.redis().xrange(EventType.PAYMENT_RECEIVED.streamKey(), Range.create("-", "+")).stream()
                .map(entry -> ((ng.korrect.catalog.payload.PaymentReceived) codec.decode(entry.getBody().get("data"))
                        .payload()).paymentId()).toList())
                .containsExactly("payment-0", "payment-1", "payment-2", "payment-3", "payment-4", "payment-5");
    }

    @Test
    void shouldNotPublishAgainWhatAnEarlierRelayPublishedWithoutMarkingIt() throws Exception {
        write(true, 1, 2, 3, 4, 5);
        for (String envelope : unsentEnvelopes().subList(0, 3)) {
            publisher.publish(codec.decode(envelope)); // as a relay killed between its XADD and its commit did
        }

        try (OutboxRelay relay = startRelay(OutboxRelayOptions.DEFAULTS)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> relay.backlog() == 0);
        }

        assertThat(publishedBookings()).containsExactly("booking-1", "booking-2", "booking-3", "booking-4", "booking-5");
    }

    @Test
    void shouldNotPublishAgainWhenThePassThatPublishedFailedBeforeMarking() throws Exception {
        write(true, 1, 2, 3);
        FailingOnce failsAfterPublishing = new FailingOnce(publisher, EventType.BOOKING_CREATED, true);

        try (OutboxRelay relay = OutboxRelay.start(database.dataSource(), OutboxTable.standard(), failsAfterPublishing,
                codec, OutboxRelayOptions.DEFAULTS)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> relay.backlog() == 0);
            write(true, 4);
            await().atMost(Duration.ofSeconds(10)).until(() -> relay.backlog() == 0);
        }

        assertThat(failsAfterPublishing.failed).isTrue();
        assertThat(publishedBookings()).containsExactly("booking-1", "booking-2", "booking-3", "booking-4");
    }

    /**
     * A real publisher whose first atomic publish to one stream fails as if Redis had gone away, before
     * writing anything or, with {@code afterPublishing}, after Redis took the events (as when the answer is lost).
     */
    private static final class FailingOnce implements EventPublisher {
        private final EventPublisher real;
        private final EventType failing;
        private volatile boolean failed;

        private final boolean afterPublishing;

        FailingOnce(EventPublisher real, EventType failing) {
            this(real, failing, false);
        }

        FailingOnce(EventPublisher real, EventType failing, boolean afterPublishing) {
            this.real = real;
            this.failing = failing;
            this.afterPublishing = afterPublishing;
        }

        @Override
        public List<PublishReceipt> publishAtomically(List<? extends ng.korrect.catalog.Event<?>> events) {
            if (!failed && events.get(0).type() == failing) {
                failed = true;
                if (afterPublishing) {
                    real.publishAtomically(events);
                }
                throw new PublishFailedException("Redis went away", null);
            }
            return real.publishAtomically(events);
        }

        @Override
        public PublishReceipt publish(ng.korrect.catalog.payload.EventPayload payload, PublishOptions options) {
            return real.publish(payload, options);
        }

        @Override
        public PublishReceipt publish(ng.korrect.catalog.Event<?> event) {
            return real.publish(event);
        }

        @Override
        public java.util.concurrent.CompletableFuture<PublishReceipt> publishAsync(
                ng.korrect.catalog.payload.EventPayload payload, PublishOptions options) {
            return real.publishAsync(payload, options);
        }

        @Override
        public java.util.concurrent.CompletableFuture<PublishReceipt> publishAsync(ng.korrect.catalog.Event<?> event) {
            return real.publishAsync(event);
        }

        @Override
        public java.util.Set<java.util.UUID> alreadyPublished(List<? extends ng.korrect.catalog.Event<?>> events, int depth) {
            return real.alreadyPublished(events, depth);
        }

        @Override
        public <P extends ng.korrect.catalog.payload.EventPayload> ng.korrect.catalog.Event<P> envelope(P payload,
                PublishOptions options) {
            return real.envelope(payload, options);
        }
    }

    private OutboxRelay startRelay(OutboxRelayOptions options) {
        return OutboxRelay.start(database.dataSource(), OutboxTable.standard(), publisher, codec, options);
    }

    private void write(boolean commit, int... bookings) throws Exception {
        try (Connection connection = database.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            for (int booking : bookings) {
                outbox.add(connection, publisher.envelope(Samples.bookingCreated(booking), PublishOptions.none()));
            }
            if (commit) {
                connection.commit();
            } else {
                connection.rollback();
            }
        }
    }

    private List<String> unsentEnvelopes() throws Exception {
        List<String> envelopes = new java.util.ArrayList<>();
        try (Connection connection = database.dataSource().getConnection();
             var rows = connection.createStatement().executeQuery(
                     "SELECT envelope FROM korrect_outbox WHERE sent_at IS NULL ORDER BY position")) {
            while (rows.next()) {
                envelopes.add(rows.getString(1));
            }
        }
        return envelopes;
    }

    private long rowCount() throws Exception {
        try (Connection connection = database.dataSource().getConnection();
             var rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM korrect_outbox")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private List<String> publishedBookings() {
        List<StreamMessage<String, String>> entries = redis.redis().xrange(STREAM, Range.create("-", "+"));
        return entries.stream()
                .map(entry -> ((BookingCreated) codec.decode(entry.getBody().get("data")).payload()).bookingId())
                .toList();
    }
}
