package ng.korrect.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import ng.korrect.bus.retention.RetentionAssessment;
import ng.korrect.bus.retention.ServerVersion;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.BookingCreated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RetentionAndMetricsIT {

    @RegisterExtension
    static final RedisFixture redis = RedisFixture.ephemeral();

    private BusOptions.Builder options() {
        return BusOptions.builder(redis.url()).blockTime(Duration.ofMillis(200)).retentionCheckInterval(Duration.ofMillis(100));
    }

    @Test
    void shouldReportWithACountTheEntriesTrimmedBeforeTheGroupReadThem() throws Exception {
        assumeTrue(ServerVersion.fromInfo(redis.redis().info("server")).reportsLag(), "lag needs Redis 7");
        CountDownLatch stuck = new CountDownLatch(1);
        try (EventBus bus = EventBus.connect(options().maxLength(100).maxInFlight(1).build())) {
            CountDownLatch firstRead = new CountDownLatch(1);
            ConsumerGroup group = bus.consumerGroup(ServiceName.ARTISAN)
                    .on(BookingCreated.class, (event, delivery) -> {
                        firstRead.countDown();
                        stuck.await();
                    })
                    .start();
            publish(bus, 1);
            assertThat(firstRead.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            publish(bus, 1_999);

            long expectedLoss = 2_000 - redis.redis().xlen(EventType.BOOKING_CREATED.streamKey()) - 1;
            await().atMost(Duration.ofSeconds(10)).until(() -> group.health().streams().stream()
                    .anyMatch(stream -> stream.lostEntries() == expectedLoss));
            GroupHealth.Stream stream = group.health().streams().get(0);
            assertThat(stream.level()).isEqualTo(RetentionAssessment.Level.LOSS);
            assertThat(expectedLoss).as("2,000 published, about 100 kept, 1 read").isBetween(1_800L, 1_900L);
            assertThat(group.health().healthy()).isFalse();
            assertThat(bus.health().healthy()).isFalse();
            assertThat(bus.health().connected()).isTrue();
            stuck.countDown();
        }
    }

    @Test
    void shouldWarnWhenTheLagPassesTheThresholdAndCountEveryMeter() throws Exception {
        assumeTrue(ServerVersion.fromInfo(redis.redis().info("server")).reportsLag(), "lag needs Redis 7");
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        CountDownLatch stuck = new CountDownLatch(1);
        try (EventBus bus = EventBus.connect(options().maxLength(1_000).lagWarningRatio(0.5).maxInFlight(1).build(), registry)) {
            ConsumerGroup group = bus.consumerGroup(ServiceName.ARTISAN)
                    .on(BookingCreated.class, (event, delivery) -> stuck.await())
                    .start();
            publish(bus, 600);

            await().atMost(Duration.ofSeconds(10)).until(() -> group.health().streams().stream()
                    .anyMatch(stream -> stream.level() == RetentionAssessment.Level.LAG_WARNING));
            assertThat(registry.get(BusMeter.PUBLISHED.meterName()).tag("type", "booking.created").counter().count())
                    .isEqualTo(600);
            assertThat(registry.get(BusMeter.LAG.meterName()).tag("group", "artisan").gauge().value()).isGreaterThanOrEqualTo(500);
            assertThat(registry.get(BusMeter.PENDING.meterName()).tag("group", "artisan").gauge().value()).isEqualTo(1);
            stuck.countDown();
            await().atMost(Duration.ofSeconds(10)).until(() ->
                    registry.get(BusMeter.DELIVERED.meterName()).tag("type", "booking.created").counter().count() == 600);
            await().atMost(Duration.ofSeconds(10)).until(() -> group.health().healthy());
        }
    }

    private static void publish(EventBus bus, int count) {
        EventPublisher publisher = bus.publisher(ServiceName.TRANSACTION);
        IntStream.range(0, count).mapToObj(i -> publisher.publishAsync(Samples.bookingCreated(i), PublishOptions.none()))
                .toList().forEach(CompletableFuture::join);
    }
}
