package ng.korrect.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lettuce.core.StreamMessage;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import ng.korrect.bus.policy.RetryPolicy;
import ng.korrect.catalog.EventCodec;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.BookingCreated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FailureHandlingIT {

    private static final String STREAM = EventType.BOOKING_CREATED.streamKey();
    private static final String DEAD_LETTERS = EventType.BOOKING_CREATED.deadLetterKey();

    @RegisterExtension
    static final RedisFixture redis = RedisFixture.ephemeral();

    private BusOptions fastRetries() {
        return BusOptions.builder(redis.url())
                .blockTime(Duration.ofMillis(200))
                .retryPolicy(RetryPolicy.DEFAULT.withBackoff(Duration.ofMillis(10), Duration.ofMillis(40)))
                .build();
    }

    @Test
    void shouldDeadLetterExactlyTheEventsWhoseHandlerAlwaysFailsAfterFiveDeliveries() {
        Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
        Set<String> succeeded = ConcurrentHashMap.newKeySet();
        try (EventBus bus = EventBus.connect(fastRetries())) {
            bus.consumerGroup(ServiceName.ARTISAN).on(BookingCreated.class, (event, delivery) -> {
                int number = Samples.numberOf(event.payload());
                attempts.computeIfAbsent(event.payload().bookingId(), id -> new AtomicInteger()).incrementAndGet();
                if (number % 10 == 0) {
                    throw new IllegalStateException("profile store refused booking " + number);
                }
                succeeded.add(event.payload().bookingId());
            }).start();
            EventPublisher publisher = bus.publisher(ServiceName.TRANSACTION);
            for (int i = 0; i < 200; i++) {
                publisher.publish(Samples.bookingCreated(i));
            }

            await().atMost(Duration.ofSeconds(20)).until(() -> redis.redis().xlen(DEAD_LETTERS) == 20 && succeeded.size() == 180);
            await().atMost(Duration.ofSeconds(5)).until(() -> redis.redis().xpending(STREAM, "artisan").getCount() == 0);
        }
        List<StreamMessage<String, String>> deadLetters = redis.redis().xrange(DEAD_LETTERS, io.lettuce.core.Range.create("-", "+"));
        Set<String> deadBookings = deadLetters.stream()
                .map(entry -> ((BookingCreated) EventCodec.create().decode(entry.getBody().get("data")).payload()).bookingId())
                .collect(Collectors.toSet());
        assertThat(deadBookings).hasSize(20).allMatch(id -> Integer.parseInt(id.substring(8)) % 10 == 0);
        StreamMessage<String, String> first = deadLetters.get(0);
        assertThat(first.getBody()).containsKeys("data", "group", "entryId", "deliveries", "error", "failedAt");
        assertThat(first.getBody().get("group")).isEqualTo("artisan");
        assertThat(first.getBody().get("deliveries")).isEqualTo("5");
        assertThat(first.getBody().get("error")).contains("profile store refused booking");
        assertThat(first.getBody().get("permanent")).isEqualTo("false");
        assertThat(attempts.entrySet()).allMatch(entry ->
                entry.getValue().get() == (Integer.parseInt(entry.getKey().substring(8)) % 10 == 0 ? 5 : 1));
    }

    @Test
    void shouldRetryAFailedDeliveryWithAGrowingDeliveryCountUntilItSucceeds() {
        List<Long> deliveryCounts = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (EventBus bus = EventBus.connect(fastRetries())) {
            bus.consumerGroup(ServiceName.ARTISAN).on(BookingCreated.class, (event, delivery) -> {
                deliveryCounts.add(delivery.deliveryCount());
                if (delivery.deliveryCount() < 3) {
                    throw new IllegalStateException("not yet");
                }
            }).start();
            bus.publisher(ServiceName.TRANSACTION).publish(Samples.bookingCreated(1));

            await().atMost(Duration.ofSeconds(10)).until(() -> redis.redis().xpending(STREAM, "artisan").getCount() == 0
                    && deliveryCounts.size() == 3);
        }
        assertThat(deliveryCounts).containsExactly(1L, 2L, 3L);
        assertThat(redis.redis().exists(DEAD_LETTERS)).isZero();
    }

    @Test
    void shouldAcknowledgeOnlyWhenEveryHandlerOfTheGroupSucceeded() {
        AtomicInteger first = new AtomicInteger();
        AtomicInteger second = new AtomicInteger();
        try (EventBus bus = EventBus.connect(fastRetries())) {
            bus.consumerGroup(ServiceName.ARTISAN)
                    .on(BookingCreated.class, (event, delivery) -> first.incrementAndGet())
                    .on(BookingCreated.class, (event, delivery) -> {
                        if (second.incrementAndGet() < 3) {
                            throw new IllegalStateException("second handler not ready");
                        }
                    })
                    .start();
            bus.publisher(ServiceName.TRANSACTION).publish(Samples.bookingCreated(1));

            await().atMost(Duration.ofSeconds(10)).until(() -> second.get() == 3);
            await().atMost(Duration.ofSeconds(5)).until(() -> redis.redis().xpending(STREAM, "artisan").getCount() == 0);
        }
        assertThat(first.get()).as("the first handler ran at every delivery").isEqualTo(3);
        assertThat(redis.redis().exists(DEAD_LETTERS)).isZero();
    }

    @Test
    void shouldDeadLetterMalformedEntriesAtOnceWithTheReasonAndKeepHandlingTheOthers() {
        Set<String> handled = ConcurrentHashMap.newKeySet();
        EventCodec codec = EventCodec.create();
        String valid = codec.encodeToString(ng.korrect.catalog.Event.of(Samples.bookingCreated(1), ServiceName.TRANSACTION));
        String wrongType = codec.encodeToString(ng.korrect.catalog.Event.of(Samples.bookingCancelled(2), ServiceName.TRANSACTION));
        redis.redis().xadd(STREAM, Map.of("payload", "no data field"));
        redis.redis().xadd(STREAM, Map.of("data", "this is not JSON"));
        redis.redis().xadd(STREAM, Map.of("data", valid.replace("\"booking-1\"", "\"  \"")));
        redis.redis().xadd(STREAM, Map.of("data", wrongType));
        redis.redis().xadd(STREAM, Map.of("data", valid));

        try (EventBus bus = EventBus.connect(fastRetries())) {
            bus.consumerGroup(ServiceName.ARTISAN)
                    .on(BookingCreated.class, (event, delivery) -> handled.add(event.payload().bookingId()))
                    .start();
            await().atMost(Duration.ofSeconds(10)).until(() -> redis.redis().xlen(DEAD_LETTERS) == 4 && handled.size() == 1);
            await().atMost(Duration.ofSeconds(5)).until(() -> redis.redis().xpending(STREAM, "artisan").getCount() == 0);
        }
        List<String> errors = redis.redis().xrange(DEAD_LETTERS, io.lettuce.core.Range.create("-", "+")).stream()
                .map(entry -> entry.getBody().get("error")).toList();
        assertThat(errors).satisfiesExactlyInAnyOrder(
                error -> assertThat(error).contains("no 'data' field"),
                error -> assertThat(error).contains("not valid JSON"),
                error -> assertThat(error).contains("payload.bookingId: must not be blank"),
                error -> assertThat(error).contains("booking.cancelled does not belong on " + STREAM));
        assertThat(redis.redis().xrange(DEAD_LETTERS, io.lettuce.core.Range.create("-", "+")))
                .anySatisfy(entry -> assertThat(entry.getBody()).containsEntry("data", "this is not JSON"));
        assertThat(handled).containsExactly("booking-1");
        assertThat(redis.redis().xrange(DEAD_LETTERS, io.lettuce.core.Range.create("-", "+")))
                .allSatisfy(entry -> assertThat(entry.getBody()).containsEntry("permanent", "true"));
    }

    @Test
    void shouldDeadLetterAPermanentFailureAfterExactlyOneDeliveryWithItsReasonWhileARetriableOneIsRetried() {
        Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (EventBus bus = EventBus.connect(fastRetries(), registry)) {
            bus.consumerGroup(ServiceName.ARTISAN).on(BookingCreated.class, (event, delivery) -> {
                attempts.computeIfAbsent(event.payload().bookingId(), id -> new AtomicInteger()).incrementAndGet();
                if (Samples.numberOf(event.payload()) == 1) {
                    throw new PermanentFailureException("profile " + event.payload().artisanProfileId() + " will never exist");
                }
                throw new IllegalStateException("profile store is down");
            }).start();
            EventPublisher publisher = bus.publisher(ServiceName.TRANSACTION);
            publisher.publish(Samples.bookingCreated(1));
            publisher.publish(Samples.bookingCreated(2));

            await().atMost(Duration.ofSeconds(10)).until(() -> redis.redis().xlen(DEAD_LETTERS) == 2);
            await().atMost(Duration.ofSeconds(5)).until(() -> redis.redis().xpending(STREAM, "artisan").getCount() == 0);
        }
        assertThat(attempts).containsOnlyKeys("booking-1", "booking-2");
        assertThat(attempts.get("booking-1")).hasValue(1);
        assertThat(attempts.get("booking-2")).hasValue(5);
        Map<String, Map<String, String>> byBooking = deadLettersByBooking();
        assertThat(byBooking.get("booking-1"))
                .containsEntry("deliveries", "1")
                .containsEntry("permanent", "true")
                .containsEntry("error", "handler failed: ng.korrect.bus.PermanentFailureException: profile profile-1 "
                        + "will never exist (a permanent failure at delivery 1, not retried)");
        assertThat(byBooking.get("booking-2"))
                .containsEntry("deliveries", "5")
                .containsEntry("permanent", "false")
                .hasEntrySatisfying("error", error -> assertThat(error).contains("IllegalStateException: profile store is down"));
        assertThat(count(registry, BusMeter.PERMANENT_FAILURES)).isEqualTo(1);
        assertThat(count(registry, BusMeter.FAILURES)).isEqualTo(6);
        assertThat(count(registry, BusMeter.RETRIES)).isEqualTo(4);
        assertThat(count(registry, BusMeter.DEAD_LETTERED)).isEqualTo(2);
    }

    @Test
    void shouldTakeTheGroupsOwnClassificationBeforeTheDefaults() {
        Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
        Set<String> succeeded = ConcurrentHashMap.newKeySet();
        try (EventBus bus = EventBus.connect(fastRetries())) {
            bus.consumerGroup(ServiceName.ARTISAN)
                    .permanentWhen(failure -> failure instanceof IllegalStateException && failure.getMessage().contains("never"))
                    .retriableWhen(failure -> failure instanceof IllegalArgumentException && failure.getMessage().contains("yet"))
                    .on(BookingCreated.class, (event, delivery) -> {
                        attempts.computeIfAbsent(event.payload().bookingId(), id -> new AtomicInteger()).incrementAndGet();
                        switch (Samples.numberOf(event.payload())) {
                            case 1 -> throw new IllegalStateException("this booking can never be counted");
                            case 2 -> throw new NullPointerException("a bug");
                            case 3 -> {
                                if (delivery.deliveryCount() < 2) {
                                    throw new IllegalArgumentException("the rate table is not loaded yet");
                                }
                            }
                            default -> { }
                        }
                        succeeded.add(event.payload().bookingId());
                    })
                    .start();
            EventPublisher publisher = bus.publisher(ServiceName.TRANSACTION);
            for (int i = 1; i <= 4; i++) {
                publisher.publish(Samples.bookingCreated(i));
            }

            await().atMost(Duration.ofSeconds(10)).until(() -> redis.redis().xlen(DEAD_LETTERS) == 2 && succeeded.size() == 2);
            await().atMost(Duration.ofSeconds(5)).until(() -> redis.redis().xpending(STREAM, "artisan").getCount() == 0);
        }
        assertThat(succeeded).containsExactlyInAnyOrder("booking-3", "booking-4");
        assertThat(attempts.get("booking-1")).as("permanent by the group's predicate").hasValue(1);
        assertThat(attempts.get("booking-2")).as("permanent by default").hasValue(1);
        assertThat(attempts.get("booking-3")).as("retriable by the group's predicate").hasValue(2);
        assertThat(deadLettersByBooking()).containsOnlyKeys("booking-1", "booking-2")
                .allSatisfy((booking, fields) -> assertThat(fields).containsEntry("deliveries", "1")
                        .containsEntry("permanent", "true"));
    }

    private static Map<String, Map<String, String>> deadLettersByBooking() {
        return redis.redis().xrange(DEAD_LETTERS, io.lettuce.core.Range.create("-", "+")).stream()
                .collect(Collectors.toMap(entry -> ((BookingCreated) EventCodec.create()
                        .decode(entry.getBody().get("data")).payload()).bookingId(), StreamMessage::getBody));
    }

    private static double count(SimpleMeterRegistry registry, BusMeter meter) {
        return registry.get(meter.meterName()).tag("group", "artisan").tag("type", "booking.created").counter().count();
    }
}
