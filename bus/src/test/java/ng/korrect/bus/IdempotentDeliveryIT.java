package ng.korrect.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import ng.korrect.bus.idempotency.EventAlreadyInProgressException;
import ng.korrect.bus.idempotency.RedisIdempotencyGuard;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.EventCodec;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.BookingCreated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class IdempotentDeliveryIT {

    private static final String STREAM = EventType.BOOKING_CREATED.streamKey();

    @RegisterExtension
    static final RedisFixture redis = RedisFixture.ephemeral();

    @Test
    void shouldApplyAnEventThatIsOnTheStreamTwiceOnlyOnce() {
        RedisIdempotencyGuard guard = new RedisIdempotencyGuard(redis.connection(), Duration.ofHours(24), Duration.ofMinutes(1));
        AtomicInteger applied = new AtomicInteger();
        AtomicInteger delivered = new AtomicInteger();
        String wire = EventCodec.create().encodeToString(Event.of(Samples.bookingCreated(1), ServiceName.TRANSACTION));
        redis.redis().xadd(STREAM, Map.of("data", wire));
        redis.redis().xadd(STREAM, Map.of("data", wire));

        try (EventBus bus = EventBus.connect(BusOptions.builder(redis.url()).blockTime(Duration.ofMillis(200)).build())) {
            bus.consumerGroup(ServiceName.ARTISAN)
                    .on(BookingCreated.class, (event, delivery) -> delivered.incrementAndGet())
                    .on(BookingCreated.class, guard.guard((event, delivery) -> applied.incrementAndGet()))
                    .start();
            await().atMost(Duration.ofSeconds(10)).until(() -> delivered.get() >= 2
                    && redis.redis().xpending(STREAM, "artisan").getCount() == 0);
        }
        assertThat(applied.get()).isEqualTo(1);
    }

    @Test
    void shouldLetTheRetryOfAFailedDeliveryRunAndRefuseAConcurrentOne() throws Exception {
        RedisIdempotencyGuard guard = new RedisIdempotencyGuard(redis.connection(), Duration.ofHours(24), Duration.ofMinutes(1));
        Event<BookingCreated> event = Event.of(Samples.bookingCreated(2), ServiceName.TRANSACTION);
        Delivery delivery = new Delivery(STREAM, "1-0", "artisan", "one", 1);
        AtomicInteger applied = new AtomicInteger();

        assertThatThrownBy(() -> guard.<BookingCreated>guard((e, d) -> {
            throw new IllegalStateException("first delivery fails");
        }).handle(event, delivery)).hasMessage("first delivery fails");
        guard.<BookingCreated>guard((e, d) -> applied.incrementAndGet()).handle(event, delivery);
        guard.<BookingCreated>guard((e, d) -> applied.incrementAndGet()).handle(event, delivery);
        assertThat(applied.get()).isEqualTo(1);

        Event<BookingCreated> other = Event.of(Samples.bookingCreated(3), ServiceName.TRANSACTION);
        assertThatThrownBy(() -> guard.<BookingCreated>guard((e, d) ->
                guard.<BookingCreated>guard((e2, d2) -> applied.incrementAndGet()).handle(e, d)).handle(other, delivery))
                .isInstanceOf(EventAlreadyInProgressException.class);
    }
}
