package ng.korrect.cli.dlq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import ng.korrect.bus.BusOptions;
import ng.korrect.bus.EventBus;
import ng.korrect.bus.EventPublisher;
import ng.korrect.bus.RedisFixture;
import ng.korrect.bus.ReplayStream;
import ng.korrect.bus.policy.RetryPolicy;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.BookingCreated;
import ng.korrect.cli.CommandRun;
import ng.korrect.cli.StreamEvents;
import ng.korrect.cli.output.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Dead letters replayed by the CLI reach the consumer group that failed them, and no other, once. */
class DlqReplayIT {

    private static final String DEAD_LETTERS = EventType.BOOKING_CREATED.deadLetterKey();

    @RegisterExtension
    static final RedisFixture redis = RedisFixture.ephemeral();

    private final Map<String, AtomicInteger> platformHandled = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> artisanHandled = new ConcurrentHashMap<>();
    private final AtomicBoolean fixed = new AtomicBoolean();

    @Test
    void shouldReplayToTheFailingGroupOnlySoThatEveryGroupHandledEveryEventExactlyOnce() throws Exception {
        try (EventBus bus = EventBus.connect(options())) {
            startGroups(bus);
            EventPublisher publisher = bus.publisher(ServiceName.TRANSACTION);
            for (int i = 0; i < 6; i++) {
                publisher.publish(StreamEvents.booking(i));
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> redis.redis().xlen(DEAD_LETTERS) == 2
                    && total(platformHandled) == 6 && total(artisanHandled) == 4);
            fixed.set(true);

            CommandRun dryRun = CommandRun.of("dlq", "replay", "--redis", redis.url(), "--dry-run", "--json");
            assertThat(dryRun.status()).as(dryRun.err()).isZero();
            assertThat(Json.parse(dryRun.out()).get("replayed")).hasSize(2)
                    .allSatisfy(line -> assertThat(line.get("group").asText()).isEqualTo("artisan"));
            assertThat(redis.redis().xlen(DEAD_LETTERS)).isEqualTo(2);

            CommandRun run = CommandRun.of("dlq", "replay", "booking.created", "--group", "artisan", "--redis", redis.url(), "--json");

            assertThat(run.status()).as(run.err()).isZero();
            JsonNode document = Json.parse(run.out());
            assertThat(document.get("replayed")).hasSize(2)
                    .allSatisfy(line -> assertThat(line.get("replayStream").asText()).isEqualTo("korrect:replay:artisan"));
            assertThat(document.get("perGroup").get("artisan").asInt()).isEqualTo(2);
            assertThat(document.get("groupsWithoutReplayReader")).isEmpty();
            await().atMost(Duration.ofSeconds(10)).until(() -> total(artisanHandled) == 6);
            Thread.sleep(500); // room for a wrong delivery to the other group to show
        }
        assertThat(redis.redis().xlen(DEAD_LETTERS)).isZero();
        assertThat(platformHandled).hasSize(6).allSatisfy((booking, count) -> assertThat(count.get()).isEqualTo(1));
        assertThat(artisanHandled).hasSize(6).allSatisfy((booking, count) -> assertThat(count.get()).isEqualTo(1));
        assertThat(redis.redis().xlen(EventType.BOOKING_CREATED.streamKey())).isEqualTo(6);
    }

    @Test
    void shouldCopyTheDataFieldUnchangedAndResumeAnInterruptedReplayWithoutDoubling() throws Exception {
        for (int i = 1; i <= 150; i++) {
            redis.redis().xadd(DEAD_LETTERS, Map.of("data", StreamEvents.wire(StreamEvents.event(StreamEvents.booking(i),
                    ServiceName.TRANSACTION, Instant.now(), null)), "group", i % 2 == 0 ? "artisan" : "platform",
                    "entryId", i + "-0", "deliveries", "5", "error", "down", "failedAt", "2026-11-27T03:00:00.000Z"));
        }
        List<StreamMessage<String, String>> all = redis.redis().xrange(DEAD_LETTERS, Range.create("-", "+"));

        CommandRun first = CommandRun.of("dlq", "replay", "--redis", redis.url(), "--id",
                "booking.created/" + all.get(0).getId(), "booking.created/" + all.get(1).getId());
        CommandRun rest = CommandRun.of("dlq", "replay", "--redis", redis.url());

        assertThat(first.status()).isZero();
        assertThat(first.outLines()).last().isEqualTo("replayed 2 dead letters among booking.created/" + all.get(0).getId()
                + ", booking.created/" + all.get(1).getId());
        assertThat(rest.status()).isZero();
        assertThat(rest.err()).contains("replayed 100 of 148").contains("note: no consumer of group artisan reads korrect:replay:artisan");
        assertThat(redis.redis().xlen(DEAD_LETTERS)).isZero();
        List<StreamMessage<String, String>> artisan = redis.redis().xrange(ReplayStream.key("artisan"), Range.create("-", "+"));
        List<StreamMessage<String, String>> platform = redis.redis().xrange(ReplayStream.key("platform"), Range.create("-", "+"));
        assertThat(artisan).hasSize(75);
        assertThat(platform).hasSize(75);
        assertThat(artisan.get(0).getBody()).containsEntry("data", all.get(1).getBody().get("data"))
                .containsEntry("type", "booking.created").containsEntry("deadLetter", all.get(1).getId());
    }

    @Test
    void shouldSkipADeadLetterThatNamesNoGroupAndExitWithOne() {
        redis.redis().xadd(DEAD_LETTERS, Map.of("data", "{}", "error", "written by an old service"));

        CommandRun run = CommandRun.of("dlq", "replay", "--redis", redis.url());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("skipped booking.created/", "the dead letter names no group");
        assertThat(redis.redis().xlen(DEAD_LETTERS)).isEqualTo(1);
    }

    @Test
    void shouldRefuseAnIdThatMatchesNoDeadLetter() {
        CommandRun run = CommandRun.of("dlq", "replay", "--redis", redis.url(), "--id", "booking.created/1-0");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("korrect dlq replay: no such dead letter: booking.created/1-0" + System.lineSeparator());
    }

    private void startGroups(EventBus bus) {
        bus.consumerGroup(ServiceName.PLATFORM)
                .on(BookingCreated.class, (event, delivery) -> count(platformHandled, event.payload().bookingId()))
                .start();
        bus.consumerGroup(ServiceName.ARTISAN).on(BookingCreated.class, (event, delivery) -> {
            String booking = event.payload().bookingId();
            if (!fixed.get() && (booking.equals("booking-2") || booking.equals("booking-4"))) {
                throw new IllegalStateException("profile store refused " + booking);
            }
            count(artisanHandled, booking);
        }).start();
    }

    private static BusOptions options() {
        return BusOptions.builder(redis.url()).blockTime(Duration.ofMillis(100))
                .retryPolicy(RetryPolicy.DEFAULT.withMaxDeliveries(2).withBackoff(Duration.ofMillis(10), Duration.ofMillis(20)))
                .build();
    }

    private static void count(Map<String, AtomicInteger> counts, String booking) {
        counts.computeIfAbsent(booking, id -> new AtomicInteger()).incrementAndGet();
    }

    private static int total(Map<String, AtomicInteger> counts) {
        return counts.values().stream().mapToInt(AtomicInteger::get).sum();
    }
}
