package ng.korrect.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.BookingCreated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisOutageIT {

    private static final String STREAM = EventType.BOOKING_CREATED.streamKey();

    @RegisterExtension
    static final RedisFixture redis = RedisFixture.appendOnly();

    private BusOptions options() {
        return BusOptions.builder(redis.url())
                .blockTime(Duration.ofMillis(200))
                .publishTimeout(Duration.ofSeconds(1))
                .reconnectBackoffMax(Duration.ofMillis(500))
                .build();
    }

    @Test
    void shouldLoseNothingAcknowledgedWhenRedisRestartsMidStream() {
        redis.flush();
        Set<String> handled = ConcurrentHashMap.newKeySet();
        int published = 0;
        try (EventBus bus = EventBus.connect(options())) {
            bus.consumerGroup(ServiceName.ARTISAN)
                    .on(BookingCreated.class, (event, delivery) -> handled.add(event.payload().bookingId()))
                    .start();
            EventPublisher publisher = bus.publisher(ServiceName.TRANSACTION);
            for (; published < 500; published++) {
                publisher.publish(Samples.bookingCreated(published));
            }
            redis.server().restart();
            published = publishRetryingUntilRedisIsBack(publisher, published, 1_000);

            int total = published;
            await().atMost(Duration.ofSeconds(30)).until(() -> handled.size() == total
                    && redis.redis().xpending(STREAM, "artisan").getCount() == 0);
        }
        assertThat(redis.redis().xlen(STREAM)).isEqualTo(1_000);
        assertThat(handled).hasSize(1_000);
    }

    @Test
    void shouldRecreateTheGroupAndCarryOnAfterRedisWasFlushed() {
        redis.flush();
        Set<String> handled = ConcurrentHashMap.newKeySet();
        try (EventBus bus = EventBus.connect(options())) {
            bus.consumerGroup(ServiceName.ARTISAN)
                    .on(BookingCreated.class, (event, delivery) -> handled.add(event.payload().bookingId()))
                    .start();
            EventPublisher publisher = bus.publisher(ServiceName.TRANSACTION);
            publisher.publish(Samples.bookingCreated(1));
            await().atMost(Duration.ofSeconds(10)).until(() -> handled.contains("booking-1"));

            redis.flush();
            await().atMost(Duration.ofSeconds(10)).until(() -> groupExists());
            publisher.publish(Samples.bookingCreated(2));

            await().atMost(Duration.ofSeconds(10)).until(() -> handled.contains("booking-2"));
        }
    }

    @Test
    void shouldKeepReadingWhenTheGroupCannotBeCreatedAgainAtOnce() {
        redis.flush();
        redis.redis().aclSetuser("reader", io.lettuce.core.AclSetuserArgs.Builder.on().addPassword("reader-secret")
                .allKeys().allChannels().allCommands());
        Set<String> handled = ConcurrentHashMap.newKeySet();
        String asReader = redis.url().replace("redis://", "redis://reader:reader-secret@");
        try (EventBus bus = EventBus.connect(BusOptions.builder(asReader).blockTime(Duration.ofMillis(200))
                .reconnectBackoffMax(Duration.ofMillis(500)).build())) {
            bus.consumerGroup(ServiceName.ARTISAN)
                    .on(BookingCreated.class, (event, delivery) -> handled.add(event.payload().bookingId()))
                    .start();
            redis.redis().aclSetuser("reader", io.lettuce.core.AclSetuserArgs.Builder.removeCommand(
                    io.lettuce.core.protocol.CommandType.XGROUP));
            redis.redis().xgroupDestroy(STREAM, "artisan");
            await().atMost(Duration.ofSeconds(10)).until(() -> redis.redis().aclLog().stream()
                    .anyMatch(entry -> String.valueOf(entry.get("object")).startsWith("xgroup")));

            redis.redis().aclSetuser("reader", io.lettuce.core.AclSetuserArgs.Builder.addCommand(
                    io.lettuce.core.protocol.CommandType.XGROUP));
            bus.publisher(ServiceName.TRANSACTION).publish(Samples.bookingCreated(3));

            await().atMost(Duration.ofSeconds(15)).until(() -> handled.contains("booking-3"));
        } finally {
            redis.redis().aclDeluser("reader");
        }
    }

    @Test
    void shouldFailFastWithAClearExceptionWhenPublishingWhileRedisIsDown() {
        try (EventBus bus = EventBus.connect(options())) {
            EventPublisher publisher = bus.publisher(ServiceName.TRANSACTION);
            redis.server().stop();
            try {
                long started = System.nanoTime();
                assertThatThrownBy(() -> publisher.publish(Samples.bookingCreated(9)))
                        .isInstanceOf(PublishFailedException.class)
                        .hasMessageContaining("booking.created");
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
            } finally {
                redis.server().restart();
            }
        }
    }

    private boolean groupExists() {
        try {
            return !redis.redis().xinfoGroups(STREAM).isEmpty();
        } catch (RuntimeException noStreamYet) {
            return false;
        }
    }

    private static int publishRetryingUntilRedisIsBack(EventPublisher publisher, int from, int to) {
        int next = from;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (next < to && System.nanoTime() < deadline) {
            try {
                publisher.publish(Samples.bookingCreated(next));
                next++;
            } catch (PublishFailedException redisNotBackYet) {
                sleep();
            }
        }
        return next;
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
