package ng.korrect.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import ng.korrect.bus.outbox.OutboxRelay;
import ng.korrect.bus.outbox.OutboxRelayOptions;
import ng.korrect.bus.outbox.OutboxTable;
import ng.korrect.bus.outbox.TransactionalOutbox;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.EventCodec;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.BookingCancelled;
import ng.korrect.catalog.payload.BookingCreated;
import ng.korrect.catalog.payload.EventPayload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two outbox relays on one table, as two instances of a service run them on one PostgreSQL: every event
 * reaches its stream once and in order, whichever relay publishes it, and a relay stuck in a pass does not
 * keep the other idle past the takeover time. Skipped without a PostgreSQL on 127.0.0.1:5432 (H2 holds one
 * process's database, so it never has two relays).
 */
class SeveralRelaysOnPostgresIT {

    private static final Duration TAKEOVER = Duration.ofSeconds(2);

    @RegisterExtension
    static final RedisFixture redis = RedisFixture.ephemeral();

    private final EventCodec codec = EventCodec.create();
    private final TransactionalOutbox outbox = new TransactionalOutbox(OutboxTable.standard(), codec);
    private final OutboxRelayOptions options = new OutboxRelayOptions(20, Duration.ofMillis(10), Duration.ofMillis(200),
            Duration.ofHours(1), Duration.ofMinutes(10)).withTakeoverAfter(TAKEOVER);
    private TestDatabase database;
    private EventBus bus;
    private EventPublisher publisher;

    @BeforeEach
    void prepare() throws Exception {
        database = TestDatabase.postgresOrSkip();
        OutboxTable.standard().createIfMissing(database.dataSource());
        bus = EventBus.connect(BusOptions.builder(redis.url()).publishTimeout(Duration.ofSeconds(1)).build());
        publisher = bus.publisher(ServiceName.TRANSACTION);
    }

    @AfterEach
    void cleanUp() {
        if (bus != null) {
            bus.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void shouldPublishEveryEventOnceAndInOrderPerStreamWhileTwoRelaysTakeTheTableFromEachOther() throws Exception {
        AtomicInteger publishesOfA = new AtomicInteger();
        AtomicInteger publishesOfB = new AtomicInteger();
        // each relay now and then loses Redis's answer after Redis took the events, and gives the table up
        EventPublisher flakyA = interfering(events -> {
            if (publishesOfA.incrementAndGet() % 7 == 0) {
                publisher.publishEncodedAtomically(events);
                throw new PublishFailedException("relay A lost Redis's answer", null);
            }
        });
        EventPublisher flakyB = interfering(events -> {
            if (publishesOfB.incrementAndGet() % 5 == 0) {
                publisher.publishEncodedAtomically(events);
                throw new PublishFailedException("relay B lost Redis's answer", null);
            }
        });
        int perStream = 300;
        try (OutboxRelay a = OutboxRelay.start(database.dataSource(), OutboxTable.standard(), flakyA, options);
             OutboxRelay b = OutboxRelay.start(database.dataSource(), OutboxTable.standard(), flakyB, options)) {
            Thread created = Thread.ofVirtual().start(() -> writeEach(perStream, Samples::bookingCreated));
            Thread cancelled = Thread.ofVirtual().start(() -> writeEach(perStream, Samples::bookingCancelled));
            created.join();
            cancelled.join();
            await().atMost(Duration.ofSeconds(60)).until(() -> a.backlog() == 0);
        }

        assertThat(publishesOfA.get()).as("passes of relay A").isPositive();
        assertThat(publishesOfB.get()).as("passes of relay B").isPositive();
        assertThat(numbers(EventType.BOOKING_CREATED)).as("booking.created, once each and in order")
                .containsExactlyElementsOf(oneTo(perStream));
        assertThat(numbers(EventType.BOOKING_CANCELLED)).as("booking.cancelled, once each and in order")
                .containsExactlyElementsOf(oneTo(perStream));
    }

    @Test
    void shouldTakeOverFromARelayStuckInAPassWithinTheTakeoverTime() throws Exception {
        CountDownLatch stuck = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        EventPublisher hanging = interfering(events -> {
            stuck.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new PublishFailedException("Redis did not answer in time", null);
        });
        writeEach(50, Samples::bookingCreated);
        try (OutboxRelay a = OutboxRelay.start(database.dataSource(), OutboxTable.standard(), hanging, options)) {
            assertThat(stuck.await(10, TimeUnit.SECONDS)).as("relay A is stuck publishing its first batch").isTrue();
            long started = System.nanoTime();
            try (OutboxRelay b = OutboxRelay.start(database.dataSource(), OutboxTable.standard(), publisher, options)) {
                await().atMost(Duration.ofSeconds(15)).until(() -> b.backlog() == 0);
                Duration idle = Duration.ofNanos(System.nanoTime() - started);
                assertThat(idle).as("how long relay B waited for the stuck relay A")
                        .isLessThan(TAKEOVER.plusSeconds(4));
                release.countDown();
                writeEach(51, 60, Samples::bookingCreated);
                await().atMost(Duration.ofSeconds(15)).until(() -> b.backlog() == 0);
            }
        } finally {
            release.countDown();
        }
        assertThat(numbers(EventType.BOOKING_CREATED)).containsExactlyElementsOf(oneTo(60));
    }

    @Test
    void shouldLetTheRelayStandingByWorkOnceTheOneThatHeldTheTableStops() throws Exception {
        writeEach(10, Samples::bookingCreated);
        OutboxRelay a = OutboxRelay.start(database.dataSource(), OutboxTable.standard(), publisher, options);
        await().atMost(Duration.ofSeconds(10)).until(() -> a.backlog() == 0);
        try (OutboxRelay b = OutboxRelay.start(database.dataSource(), OutboxTable.standard(), publisher, options)) {
            a.close();
            writeEach(11, 40, Samples::bookingCreated);
            await().atMost(Duration.ofSeconds(10)).until(() -> b.backlog() == 0);
        }
        assertThat(numbers(EventType.BOOKING_CREATED)).containsExactlyElementsOf(oneTo(40));
    }

    private void writeEach(int count, java.util.function.IntFunction<? extends EventPayload> payload) {
        writeEach(1, count, payload);
    }

    /** One transaction per event, in order, so that positions follow the numbers on each stream. */
    private void writeEach(int from, int to, java.util.function.IntFunction<? extends EventPayload> payload) {
        try (Connection connection = database.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            for (int number = from; number <= to; number++) {
                outbox.add(connection, publisher.envelope(payload.apply(number), PublishOptions.none()));
                connection.commit();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The booking numbers on that stream, in stream order. */
    private List<Integer> numbers(EventType type) {
        List<Integer> numbers = new ArrayList<>();
        for (StreamMessage<String, String> entry : redis.redis().xrange(type.streamKey(), Range.create("-", "+"))) {
            Event<?> event = codec.decode(entry.getBody().get("data"));
            String bookingId = switch (event.payload()) {
                case BookingCreated created -> created.bookingId();
                case BookingCancelled cancelled -> cancelled.bookingId();
                default -> throw new IllegalStateException("unexpected " + event.type());
            };
            numbers.add(Integer.parseInt(bookingId.substring("booking-".length())));
        }
        return numbers;
    }

    private static List<Integer> oneTo(int last) {
        return java.util.stream.IntStream.rangeClosed(1, last).boxed().toList();
    }

    /** The real publisher, with that step run before each atomic publish of encoded events. */
    private EventPublisher interfering(Consumer<List<EncodedEvent>> beforePublish) {
        return (EventPublisher) Proxy.newProxyInstance(EventPublisher.class.getClassLoader(),
                new Class<?>[] {EventPublisher.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("publishEncodedAtomically")) {
                        @SuppressWarnings("unchecked")
                        List<EncodedEvent> events = (List<EncodedEvent>) arguments[0];
                        beforePublish.accept(events);
                    }
                    try {
                        return method.invoke(publisher, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
