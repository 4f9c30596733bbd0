package ng.korrect.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.BookingCreated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConsumerGroupLifecycleIT {

    private static final String STREAM = EventType.BOOKING_CREATED.streamKey();

    @RegisterExtension
    static final RedisFixture redis = RedisFixture.ephemeral();

    private BusOptions.Builder options() {
        return BusOptions.builder(redis.url()).blockTime(Duration.ofMillis(200));
    }

    @Test
    void shouldFinishAndAcknowledgeInFlightHandlersOnStopAndLeaveTheRestPending() throws Exception {
        CountDownLatch started = new CountDownLatch(4);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger finished = new AtomicInteger();
        try (EventBus bus = EventBus.connect(options().maxInFlight(4).build())) {
            EventPublisher publisher = bus.publisher(ServiceName.TRANSACTION);
            for (int i = 0; i < 20; i++) {
                publisher.publish(Samples.bookingCreated(i));
            }
            ConsumerGroup group = bus.consumerGroup(ServiceName.ARTISAN).on(BookingCreated.class, (event, delivery) -> {
                started.countDown();
                release.await();
                finished.incrementAndGet();
            }).start();
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

            Thread stopper = Thread.ofVirtual().start(() -> group.stop(Duration.ofSeconds(10)));
            Thread.sleep(300);
            release.countDown();
            stopper.join();

            assertThat(group.isRunning()).isFalse();
        }
        assertThat(finished.get()).isEqualTo(4);
        assertThat(redis.redis().xpending(STREAM, "artisan").getCount()).isZero();
        assertThat(redis.redis().xlen(STREAM)).isEqualTo(20);
        String fourthEntry = redis.redis().xrange(STREAM, io.lettuce.core.Range.create("-", "+"),
                io.lettuce.core.Limit.from(4)).get(3).getId();
        assertThat(lastDeliveredId()).as("nothing read past the four in flight").isEqualTo(fourthEntry);
    }

    @Test
    void shouldFirstHandleItsOwnPendingEntriesWhenItStartsAgainUnderTheSameName() throws Exception {
        try (EventBus bus = EventBus.connect(options().build())) {
            EventPublisher publisher = bus.publisher(ServiceName.TRANSACTION);
            for (int i = 0; i < 10; i++) {
                publisher.publish(Samples.bookingCreated(i));
            }
        }
        redis.redis().xgroupCreate(io.lettuce.core.XReadArgs.StreamOffset.from(STREAM, "0"), "artisan");
        redis.redis().xreadgroup(io.lettuce.core.Consumer.from("artisan", "instance-a"),
                io.lettuce.core.XReadArgs.Builder.count(6), io.lettuce.core.XReadArgs.StreamOffset.lastConsumed(STREAM));
        Map<String, Long> deliveries = new ConcurrentHashMap<>();
        java.util.List<String> order = new java.util.concurrent.CopyOnWriteArrayList<>();
        // One entry in flight at a time, so the order of handling is the order of reading: with more,
        // a pending entry's handler may finish after a new entry's.
        try (EventBus bus = EventBus.connect(options().maxInFlight(1).build())) {
            bus.consumerGroup(ServiceName.ARTISAN).consumerName("instance-a").on(BookingCreated.class, (event, delivery) -> {
                deliveries.put(event.payload().bookingId(), delivery.deliveryCount());
                order.add(event.payload().bookingId());
            }).start();
            await().atMost(Duration.ofSeconds(10)).until(() -> deliveries.size() == 10
                    && redis.redis().xpending(STREAM, "artisan").getCount() == 0);
        }
        assertThat(order.subList(0, 6)).containsExactlyInAnyOrder(
                "booking-0", "booking-1", "booking-2", "booking-3", "booking-4", "booking-5");
        assertThat(deliveries).containsEntry("booking-0", 2L).containsEntry("booking-9", 1L);
    }

    @Test
    void shouldShareTheLoadBetweenThreeConsumersOfOneGroupHandlingEachEventOnce() {
        Map<String, Set<String>> handledBy = new ConcurrentHashMap<>();
        AtomicInteger handled = new AtomicInteger();
        try (EventBus bus = EventBus.connect(options().maxInFlight(8).build())) {
            for (String name : new String[] {"one", "two", "three"}) {
                bus.consumerGroup(ServiceName.ARTISAN).consumerName(name).on(BookingCreated.class, (event, delivery) -> {
                    handledBy.computeIfAbsent(delivery.consumer(), c -> ConcurrentHashMap.newKeySet())
                            .add(event.payload().bookingId());
                    handled.incrementAndGet();
                    Thread.sleep(1);
                }).start();
            }
            EventPublisher publisher = bus.publisher(ServiceName.TRANSACTION);
            for (int i = 0; i < 600; i++) {
                publisher.publishAsync(Samples.bookingCreated(i), PublishOptions.none());
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> handled.get() == 600
                    && redis.redis().xpending(STREAM, "artisan").getCount() == 0);
        }
        assertThat(handledBy).containsOnlyKeys("one", "two", "three");
        assertThat(handledBy.values()).allMatch(ids -> ids.size() >= 50);
        assertThat(handledBy.values().stream().mapToInt(Set::size).sum()).isEqualTo(600);
    }

    @Test
    void shouldNeverHoldMoreEntriesThanMaxInFlight() {
        AtomicInteger concurrent = new AtomicInteger();
        AtomicInteger highest = new AtomicInteger();
        AtomicInteger handled = new AtomicInteger();
        try (EventBus bus = EventBus.connect(options().maxInFlight(5).batchSize(50).build())) {
            EventPublisher publisher = bus.publisher(ServiceName.TRANSACTION);
            for (int i = 0; i < 300; i++) {
                publisher.publishAsync(Samples.bookingCreated(i), PublishOptions.none());
            }
            bus.consumerGroup(ServiceName.ARTISAN).on(BookingCreated.class, (event, delivery) -> {
                highest.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
                Thread.sleep(2);
                concurrent.decrementAndGet();
                handled.incrementAndGet();
            }).start();
            await().atMost(Duration.ofSeconds(30)).until(() -> handled.get() == 300);
        }
        assertThat(highest.get()).isBetween(2, 5);
    }

    private String lastDeliveredId() {
        for (Object group : redis.redis().xinfoGroups(STREAM)) {
            java.util.List<?> fields = (java.util.List<?>) group;
            for (int i = 0; i + 1 < fields.size(); i += 2) {
                if ("last-delivered-id".equals(fields.get(i))) {
                    return String.valueOf(fields.get(i + 1));
                }
            }
        }
        throw new AssertionError("no last-delivered-id for the group");
    }
}
