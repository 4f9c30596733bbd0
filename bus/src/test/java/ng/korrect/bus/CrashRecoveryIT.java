package ng.korrect.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.BookingCreated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CrashRecoveryIT {

    private static final String STREAM = EventType.BOOKING_CREATED.streamKey();
    private static final int EVENTS = 3_000;

    @RegisterExtension
    static final RedisFixture redis = RedisFixture.ephemeral();

    @Test
    void shouldHandleEveryEventWhenAConsumerIsKilledMidBatchAndAnotherClaimsItsEntries() throws Exception {
        publish(EVENTS);
        Process doomed = startConsumerProcess("doomed-1");
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> redis.redis().hlen(CountingConsumerMain.APPLIED) >= 500);
        } finally {
            doomed.destroyForcibly().waitFor();
        }
        long leftPending = redis.redis().xpending(STREAM, "artisan").getCount();
        assertThat(leftPending).as("entries the killed consumer held").isPositive();

        BusOptions options = BusOptions.builder(redis.url())
                .blockTime(Duration.ofMillis(200))
                .claimMinIdle(Duration.ofSeconds(1))
                .claimInterval(Duration.ofMillis(300))
                .consumerIdleRemoval(Duration.ofSeconds(2))
                .build();
        try (EventBus bus = EventBus.connect(options)) {
            bus.consumerGroup(ServiceName.ARTISAN).consumerName("survivor")
                    .on(BookingCreated.class, (event, delivery) ->
                            redis.redis().hincrby(CountingConsumerMain.APPLIED, event.payload().bookingId(), 1))
                    .start();
            await().atMost(Duration.ofSeconds(60)).until(() -> redis.redis().hlen(CountingConsumerMain.APPLIED) == EVENTS
                    && redis.redis().xpending(STREAM, "artisan").getCount() == 0);
            await().atMost(Duration.ofSeconds(10)).until(() -> consumerNames().equals(java.util.Set.of("survivor")));
        }
        Map<String, String> applied = redis.redis().hgetall(CountingConsumerMain.APPLIED);
        long appliedTwice = applied.values().stream().filter(count -> !count.equals("1")).count();
        assertThat(applied).hasSize(EVENTS);
        assertThat(applied.values()).allMatch(count -> count.equals("1") || count.equals("2"));
        assertThat(appliedTwice).as("handled by the killed consumer but not acknowledged").isLessThanOrEqualTo(leftPending);
    }

    private java.util.Set<String> consumerNames() {
        return redis.redis().xinfoConsumers(STREAM, "artisan").stream()
                .map(info -> (String) ((java.util.List<?>) info).get(1))
                .collect(java.util.stream.Collectors.toSet());
    }

    private void publish(int count) {
        try (EventBus bus = EventBus.connect(BusOptions.builder(redis.url()).build())) {
            EventPublisher publisher = bus.publisher(ServiceName.TRANSACTION);
            IntStream.range(0, count).mapToObj(i -> publisher.publishAsync(Samples.bookingCreated(i), PublishOptions.none()))
                    .toList().forEach(CompletableFuture::join);
        }
    }

    private Process startConsumerProcess(String consumerName) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CountingConsumerMain.class.getName(), redis.url(), consumerName)
                .redirectErrorStream(true)
                .redirectOutput(new File("target/doomed-consumer.log"))
                .start();
    }
}
