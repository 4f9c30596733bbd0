package ng.korrect.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import ng.korrect.bus.policy.RetryPolicy;
import ng.korrect.catalog.EventCodec;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.BookingCancelled;
import ng.korrect.catalog.payload.BookingCreated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Dead letters put back on a group's replay stream reach that group alone, with the usual guarantees. */
class ReplayIT {

    private static final String DEAD_LETTERS = EventType.BOOKING_CREATED.deadLetterKey();
    private static final String ARTISAN_REPLAY = ReplayStream.key("artisan");

    @RegisterExtension
    static final RedisFixture redis = RedisFixture.ephemeral();

    private final Map<String, AtomicInteger> platformHandled = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> artisanHandled = new ConcurrentHashMap<>();

    private static BusOptions.Builder fast() {
        return BusOptions.builder(redis.url())
                .blockTime(Duration.ofMillis(100))
                .retryPolicy(RetryPolicy.DEFAULT.withMaxDeliveries(2).withBackoff(Duration.ofMillis(10), Duration.ofMillis(20)));
    }

    @Test
    void shouldHandleAReplayedDeadLetterOnlyInTheGroupThatFailedIt() throws InterruptedException {
        AtomicBoolean fixed = new AtomicBoolean();
        try (EventBus bus = EventBus.connect(fast().build())) {
            startPlatform(bus);
            startArtisan(bus, booking -> !fixed.get() && booking.equals("booking-3"));
            publishBookings(bus, 5);
            await().atMost(Duration.ofSeconds(10)).until(() -> redis.redis().xlen(DEAD_LETTERS) == 1
                    && total(platformHandled) == 5 && total(artisanHandled) == 4);

            fixed.set(true);
            StreamMessage<String, String> deadLetter = onlyDeadLetter();
            assertThat(deadLetter.getBody()).containsEntry("group", "artisan")
                    .containsEntry("stream", EventType.BOOKING_CREATED.streamKey());
            replay(deadLetter, "artisan");

            await().atMost(Duration.ofSeconds(10)).until(() -> total(artisanHandled) == 5);
            Thread.sleep(500); // room for a wrong second delivery to show
        }
        assertThat(redis.redis().xlen(DEAD_LETTERS)).isZero();
        assertThat(platformHandled).hasSize(5).allSatisfy((booking, count) -> assertThat(count.get()).isEqualTo(1));
        assertThat(artisanHandled).hasSize(5).allSatisfy((booking, count) -> assertThat(count.get()).isEqualTo(1));
        assertThat(redis.redis().xpending(ARTISAN_REPLAY, "artisan").getCount()).isZero();
        assertThat(redis.redis().xinfoGroups(ReplayStream.key("platform"))).hasSize(1);
        assertThat(redis.redis().xlen(ReplayStream.key("platform"))).isZero();
    }

    @Test
    void shouldDeadLetterAReplayedEntryThatFailsAgainNamingTheReplayStream() {
        StreamMessage<String, String> first;
        try (EventBus bus = EventBus.connect(fast().build())) {
            startArtisan(bus, booking -> true);
            publishBookings(bus, 1);
            await().atMost(Duration.ofSeconds(10)).until(() -> redis.redis().xlen(DEAD_LETTERS) == 1);
            first = onlyDeadLetter();
            replay(first, "artisan");
            StreamMessage<String, String> replayed = first;

            await().atMost(Duration.ofSeconds(10)).until(() -> redis.redis().xlen(DEAD_LETTERS) == 1
                    && !onlyDeadLetter().getId().equals(replayed.getId()));
        }
        StreamMessage<String, String> again = onlyDeadLetter();
        assertThat(again.getBody())
                .containsEntry("data", first.getBody().get("data"))
                .containsEntry("group", "artisan")
                .containsEntry("stream", ARTISAN_REPLAY)
                .containsEntry("deliveries", "2")
                .containsEntry(ReplayStream.DEAD_LETTER_FIELD, first.getId());
        assertThat(again.getBody().get("error")).contains("handler failed");
        assertThat(redis.redis().xpending(ARTISAN_REPLAY, "artisan").getCount()).isZero();
    }

    @Test
    void shouldDeadLetterAReplayedEventOfATypeTheGroupDoesNotHandle() {
        try (EventBus bus = EventBus.connect(fast().build())) {
            bus.consumerGroup(ServiceName.ARTISAN).on(BookingCancelled.class, (event, delivery) -> { }).start();
            String wire = EventCodec.create().encodeToString(
                    bus.publisher(ServiceName.TRANSACTION).envelope(Samples.bookingCreated(7), PublishOptions.none()));
            redis.redis().xadd(ARTISAN_REPLAY, Map.of(ReplayStream.DATA_FIELD, wire,
                    ReplayStream.TYPE_FIELD, "booking.created", ReplayStream.DEAD_LETTER_FIELD, "1-0"));

            await().atMost(Duration.ofSeconds(10)).until(() -> redis.redis().xlen(DEAD_LETTERS) == 1);
        }
        assertThat(onlyDeadLetter().getBody().get("error"))
                .isEqualTo("group artisan has no handler for booking.created events (replayed from korrect:replay:artisan)");
        assertThat(redis.redis().xpending(ARTISAN_REPLAY, "artisan").getCount()).isZero();
    }

    @Test
    void shouldLoseNothingWhenTheConsumerIsStoppedMidReplay() {
        AtomicBoolean fixed = new AtomicBoolean();
        CountDownLatch never = new CountDownLatch(1);
        try (EventBus bus = EventBus.connect(fast().build())) {
            startArtisan(bus, booking -> !fixed.get());
            publishBookings(bus, 10);
            await().atMost(Duration.ofSeconds(10)).until(() -> redis.redis().xlen(DEAD_LETTERS) == 10);
        }
        artisanHandled.clear();
        fixed.set(true);
        AtomicInteger doomedStarted = new AtomicInteger();
        try (EventBus doomedBus = EventBus.connect(fast().maxInFlight(4).build())) {
            ConsumerGroup doomed = doomedBus.consumerGroup(ServiceName.ARTISAN).consumerName("doomed")
                    .on(BookingCreated.class, (event, delivery) -> {
                        doomedStarted.incrementAndGet();
                        never.await(); // hangs until the consumer dies
                    }).start();
            for (StreamMessage<String, String> deadLetter : deadLetters()) {
                replay(deadLetter, "artisan");
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> doomedStarted.get() >= 4);
            doomed.stop(Duration.ofMillis(1)); // dies with its replayed entries in flight
        }
        assertThat(redis.redis().xpending(ARTISAN_REPLAY, "artisan").getCount()).isPositive();

        try (EventBus bus = EventBus.connect(fast().claimMinIdle(Duration.ofMillis(300))
                .claimInterval(Duration.ofMillis(200)).build())) {
            bus.consumerGroup(ServiceName.ARTISAN).consumerName("survivor")
                    .on(BookingCreated.class, (event, delivery) -> count(artisanHandled, event.payload().bookingId()))
                    .start();
            await().atMost(Duration.ofSeconds(15)).until(() -> total(artisanHandled) == 10
                    && redis.redis().xpending(ARTISAN_REPLAY, "artisan").getCount() == 0);
        }
        assertThat(artisanHandled).hasSize(10).allSatisfy((booking, count) -> assertThat(count.get()).isEqualTo(1));
        assertThat(redis.redis().xlen(DEAD_LETTERS)).isZero();
    }

    @Test
    void shouldGetReplayedEntriesHandledWhileTheEventStreamsReadersHoldEveryPermitBlockingOnIdleStreams()
            throws InterruptedException {
        CountDownLatch never = new CountDownLatch(1);
        AtomicInteger started = new AtomicInteger();
        try (EventBus bus = EventBus.connect(fast().maxInFlight(3).blockTime(Duration.ofMillis(200)).build())) {
            bus.consumerGroup(ServiceName.ARTISAN)
                    .on(BookingCreated.class, (event, delivery) -> {
                        started.incrementAndGet();
                        never.await();
                    })
                    .on(BookingCancelled.class, (event, delivery) -> { })
                    .on(ng.korrect.catalog.payload.ReviewCreated.class, (event, delivery) -> { })
                    .start();
            Thread.sleep(300); // each of the three idle streams' readers now holds its share of the permits
            for (int i = 0; i < 3; i++) {
                String wire = EventCodec.create().encodeToString(
                        bus.publisher(ServiceName.TRANSACTION).envelope(Samples.bookingCreated(i), PublishOptions.none()));
                redis.redis().xadd(ARTISAN_REPLAY, Map.of(ReplayStream.DATA_FIELD, wire,
                        ReplayStream.TYPE_FIELD, "booking.created", ReplayStream.DEAD_LETTER_FIELD, i + "-1"));
            }

            await().atMost(Duration.ofSeconds(10)).until(() -> started.get() == 3);
            never.countDown();
        }
    }

    private void startPlatform(EventBus bus) {
        bus.consumerGroup(ServiceName.PLATFORM)
                .on(BookingCreated.class, (event, delivery) -> count(platformHandled, event.payload().bookingId()))
                .start();
    }

    private void startArtisan(EventBus bus, Predicate<String> fails) {
        bus.consumerGroup(ServiceName.ARTISAN).on(BookingCreated.class, (event, delivery) -> {
            if (fails.test(event.payload().bookingId())) {
                throw new IllegalStateException("profile store refused " + event.payload().bookingId());
            }
            count(artisanHandled, event.payload().bookingId());
        }).start();
    }

    private static void publishBookings(EventBus bus, int count) {
        EventPublisher publisher = bus.publisher(ServiceName.TRANSACTION);
        for (int i = 0; i < count; i++) {
            publisher.publish(Samples.bookingCreated(i));
        }
    }

    /** What {@code korrect dlq replay} does: the dead letter's data onto the group's replay stream, and away from the dead letters, at once. */
    private static void replay(StreamMessage<String, String> deadLetter, String group) {
        RedisCommands<String, String> commands = redis.redis();
        commands.multi();
        commands.xadd(ReplayStream.key(group), Map.of(ReplayStream.DATA_FIELD, deadLetter.getBody().get("data"),
                ReplayStream.TYPE_FIELD, "booking.created", ReplayStream.DEAD_LETTER_FIELD, deadLetter.getId()));
        commands.xdel(DEAD_LETTERS, deadLetter.getId());
        assertThat(commands.exec().wasDiscarded()).isFalse();
    }

    private static List<StreamMessage<String, String>> deadLetters() {
        return redis.redis().xrange(DEAD_LETTERS, Range.create("-", "+"));
    }

    private static StreamMessage<String, String> onlyDeadLetter() {
        List<StreamMessage<String, String>> all = deadLetters();
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private static void count(Map<String, AtomicInteger> counts, String booking) {
        counts.computeIfAbsent(booking, id -> new AtomicInteger()).incrementAndGet();
    }

    private static int total(Map<String, AtomicInteger> counts) {
        return counts.values().stream().mapToInt(AtomicInteger::get).sum();
    }
}
