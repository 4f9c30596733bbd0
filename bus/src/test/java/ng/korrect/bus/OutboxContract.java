package ng.korrect.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

        try (OutboxRelay relay = OutboxRelay.start(database.dataSource(), OutboxTable.standard(), failingPayments,
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
                OutboxRelayOptions.DEFAULTS)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> relay.backlog() == 0);
            write(true, 4);
            await().atMost(Duration.ofSeconds(10)).until(() -> relay.backlog() == 0);
        }

        assertThat(failsAfterPublishing.failed).isTrue();
        assertThat(publishedBookings()).containsExactly("booking-1", "booking-2", "booking-3", "booking-4");
    }

    @Test
    void shouldPutOnTheStreamsExactlyTheBytesItsRowsHold() throws Exception {
        List<byte[]> golden = goldenEvents();
        try (Connection connection = database.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            for (byte[] wire : golden) {
                outbox.add(connection, codec.decode(wire));
            }
            connection.commit();
        }
        Map<UUID, String> rows = unsentEnvelopesById();

        try (OutboxRelay relay = startRelay(OutboxRelayOptions.DEFAULTS)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> relay.backlog() == 0);
        }

        Map<String, List<byte[]>> goldenByStream = new LinkedHashMap<>();
        golden.forEach(wire -> goldenByStream.computeIfAbsent(codec.decode(wire).type().streamKey(),
                stream -> new ArrayList<>()).add(wire));
        assertThat(rows).hasSize(golden.size());
        RedisClient client = RedisClient.create(redis.url());
        try (StatefulRedisConnection<String, byte[]> bytes = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE))) {
            goldenByStream.forEach((stream, wires) -> {
                List<byte[]> entries = bytes.sync().xrange(stream, Range.create("-", "+")).stream()
                        .map(entry -> entry.getBody().get("data")).toList();
                assertThat(entries).as(stream).hasSize(wires.size());
                for (int i = 0; i < wires.size(); i++) {
                    byte[] entry = entries.get(i);
                    assertThat(entry).as("%s entry %d: the bytes the Node.js services write", stream, i).isEqualTo(wires.get(i));
                    assertThat(entry).as("%s entry %d: the bytes its row holds", stream, i)
                            .isEqualTo(rows.get(codec.decode(entry).id()).getBytes(StandardCharsets.UTF_8));
                }
            });
        } finally {
            client.shutdown();
        }
    }

    @Test
    void shouldSetAsideARowOfATypeTheCatalogDoesNotHaveAndPublishTheRowsAfterIt() throws Exception {
        write(true, 1);
        String envelope = unsentEnvelopes().get(0);
        UUID unknownId = UUID.randomUUID();
        insertRow(unknownId, "booking.teleported", envelope.replace("booking.created", "booking.teleported")
                .replaceFirst("[0-9a-f-]{36}", unknownId.toString()));
        write(true, 2);

        try (OutboxRelay relay = startRelay(OutboxRelayOptions.DEFAULTS)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> relay.backlog() == 1 && redis.redis().xlen(STREAM) == 2);
        }

        assertThat(publishedBookings()).containsExactly("booking-1", "booking-2");
        assertThat(errorOf(unknownId)).contains("booking.teleported").contains("not a type of the catalog");
    }

    @Test
    void shouldSetAsideARowWhoseEnvelopeIsNotTheEventOfItsId() throws Exception {
        write(true, 1);
        UUID otherId = UUID.randomUUID();
        insertRow(otherId, EventType.BOOKING_CREATED.wireName(), unsentEnvelopes().get(0));
        insertRow(UUID.randomUUID(), EventType.BOOKING_CREATED.wireName(), "not an envelope");
        write(true, 2);

        try (OutboxRelay relay = startRelay(OutboxRelayOptions.DEFAULTS)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> relay.backlog() == 2 && redis.redis().xlen(STREAM) == 2);
        }

        assertThat(publishedBookings()).containsExactly("booking-1", "booking-2");
        assertThat(errorOf(otherId)).contains("is not the booking.created event " + otherId);
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
        public List<PublishReceipt> publishEncodedAtomically(List<EncodedEvent> events) {
            if (!failed && events.get(0).type() == failing) {
                failed = true;
                if (afterPublishing) {
                    real.publishEncodedAtomically(events);
                }
                throw new PublishFailedException("Redis went away", null);
            }
            return real.publishEncodedAtomically(events);
        }

        @Override
        public List<PublishReceipt> publishAtomically(List<? extends ng.korrect.catalog.Event<?>> events) {
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
        public java.util.Set<java.util.UUID> alreadyPublished(EventType type, java.util.Collection<java.util.UUID> eventIds,
                                                              int depth) {
            return real.alreadyPublished(type, eventIds, depth);
        }

        @Override
        public <P extends ng.korrect.catalog.payload.EventPayload> ng.korrect.catalog.Event<P> envelope(P payload,
                PublishOptions options) {
            return real.envelope(payload, options);
        }
    }

    private OutboxRelay startRelay(OutboxRelayOptions options) {
        return OutboxRelay.start(database.dataSource(), OutboxTable.standard(), publisher, options);
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

    private void insertRow(UUID eventId, String type, String envelope) throws Exception {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO korrect_outbox"
                     + " (event_id, event_type, envelope, created_at) VALUES (?, ?, ?, CURRENT_TIMESTAMP)")) {
            insert.setObject(1, eventId);
            insert.setString(2, type);
            insert.setString(3, envelope);
            insert.executeUpdate();
        }
    }

    private String errorOf(UUID eventId) throws Exception {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT error FROM korrect_outbox WHERE event_id = ?")) {
            select.setObject(1, eventId);
            try (var rows = select.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private Map<UUID, String> unsentEnvelopesById() throws Exception {
        Map<UUID, String> envelopes = new LinkedHashMap<>();
        try (Connection connection = database.dataSource().getConnection();
             var rows = connection.createStatement().executeQuery(
                     "SELECT event_id, envelope FROM korrect_outbox WHERE sent_at IS NULL ORDER BY position")) {
            while (rows.next()) {
                envelopes.put(rows.getObject(1, UUID.class), rows.getString(2));
            }
        }
        return envelopes;
    }

    /** The catalog's golden events: the exact bytes {@code JSON.stringify} of the Node.js services writes. */
    private static List<byte[]> goldenEvents() throws Exception {
        byte[] file;
        try (var in = OutboxContract.class.getResourceAsStream("/golden/events.jsonl")) {
            file = in.readAllBytes();
        }
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < file.length; i++) {
            if (file[i] == '\n') {
                lines.add(java.util.Arrays.copyOfRange(file, start, i));
                start = i + 1;
            }
        }
        return lines;
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
