package ng.korrect.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.BookingCreated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Consumer names are the process's own: by default host, group and process id; a group refuses to start under
 * a name that a live consumer of the same group holds, and takes the name of a stopped one once it is quiet.
 */
class ConsumerNamesIT {

    @RegisterExtension
    static final RedisFixture redis = RedisFixture.ephemeral();

    private BusOptions.Builder options() {
        return BusOptions.builder(redis.url()).blockTime(Duration.ofMillis(200));
    }

    @Test
    void shouldNameTheConsumerAfterHostGroupAndProcessByDefault() {
        try (EventBus bus = EventBus.connect(options().build())) {
            ConsumerGroup group = bus.consumerGroup(ServiceName.ARTISAN).on(BookingCreated.class, (event, delivery) -> { })
                    .start();
            assertThat(group.consumerName()).endsWith("-artisan-" + ProcessHandle.current().pid());
        }
    }

    @Test
    void shouldRefuseToStartUnderANameThatALiveConsumerOfTheGroupHolds() throws Exception {
        try (EventBus first = EventBus.connect(options().instanceId("platform-1").build());
             EventBus second = EventBus.connect(options().instanceId("platform-1").build())) {
            java.util.concurrent.atomic.AtomicInteger handled = new java.util.concurrent.atomic.AtomicInteger();
            first.consumerGroup(ServiceName.PLATFORM).on(BookingCreated.class, (event, delivery) -> handled.incrementAndGet())
                    .start();
            // the first consumer keeps reading: Redis 7.0 counts a consumer's idle time from the last read that
            // got entries (7.2 and later from any read), so on a quiet stream it would look like a dead one
            EventPublisher publisher = first.publisher(ServiceName.TRANSACTION);
            java.util.concurrent.atomic.AtomicBoolean publishing = new java.util.concurrent.atomic.AtomicBoolean(true);
            Thread traffic = Thread.ofVirtual().start(() -> {
                for (int i = 0; publishing.get(); i++) {
                    publisher.publish(Samples.bookingCreated(i));
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });

            try {
                // a consumer exists in Redis from its first read: wait until the first one has read entries
                org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> handled.get() > 0);
                assertThatThrownBy(() -> second.consumerGroup(ServiceName.PLATFORM)
                    .on(BookingCreated.class, (event, delivery) -> { }).start())
                    .isInstanceOf(BusException.class)
                    .hasMessageContaining("the consumer name platform-1 of group platform is held by a live consumer")
                    .hasMessageContaining("KORRECT_INSTANCE_ID");
            } finally {
                publishing.set(false);
                traffic.join();
            }
            assertThat(redis.redis().xinfoConsumers(ng.korrect.catalog.EventType.BOOKING_CREATED.streamKey(), "platform"))
                    .as("one consumer on the stream").hasSize(1);
        }
    }

    @Test
    void shouldTakeTheNameOfAStoppedConsumerOnceItIsQuiet() {
        try (EventBus bus = EventBus.connect(options().instanceId("artisan-1").build())) {
            bus.consumerGroup(ServiceName.ARTISAN).on(BookingCreated.class, (event, delivery) -> { }).start()
                    .stop(Duration.ofSeconds(5));
        }
        long started = System.nanoTime();
        try (EventBus bus = EventBus.connect(options().instanceId("artisan-1").build())) {
            ConsumerGroup group = bus.consumerGroup(ServiceName.ARTISAN).on(BookingCreated.class, (event, delivery) -> { })
                    .start();
            assertThat(group.isRunning()).isTrue();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the wait for the stopped consumer's name")
                .isLessThan(Duration.ofSeconds(5));
    }
}
