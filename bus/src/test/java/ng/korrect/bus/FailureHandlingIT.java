package ng.korrect.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lettuce.core.StreamMessage;
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
    }
}
