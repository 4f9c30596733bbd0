package ng.korrect.cli.streams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lettuce.core.Consumer;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import ng.korrect.bus.RedisFixture;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.ServiceName;
import ng.korrect.cli.CommandRun;
import ng.korrect.cli.StreamEvents;
import ng.korrect.cli.output.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StreamsCommandIT {

    private static final String BOOKINGS = EventType.BOOKING_CREATED.streamKey();
    private static final String REVIEWS = EventType.REVIEW_CREATED.streamKey();

    @RegisterExtension
    static final RedisFixture redis = RedisFixture.ephemeral();

    private RedisCommands<String, String> commands;

    @BeforeEach
    void prepareBookings() {
        commands = redis.redis();
        for (int i = 1; i <= 10; i++) {
            StreamEvents.add(commands, StreamEvents.event(StreamEvents.booking(i), ServiceName.TRANSACTION,
                    Instant.ofEpochMilli(1_790_000_000_000L + i), null), (1_790_000_000_000L + i) + "-0");
        }
        createGroup(BOOKINGS, "platform");
        createGroup(BOOKINGS, "artisan");
        createGroup(BOOKINGS, "reporting");
        List<StreamMessage<String, String>> platformRead = read(BOOKINGS, "platform", "platform-1", 10);
        commands.xack(BOOKINGS, "platform", platformRead.subList(0, 7).stream().map(StreamMessage::getId).toArray(String[]::new));
        read(BOOKINGS, "artisan", "artisan-1", 4);
        commands.xack(BOOKINGS, "artisan", "1790000000001-0", "1790000000002-0", "1790000000003-0", "1790000000004-0");
        commands.xadd(EventType.BOOKING_CREATED.deadLetterKey(), Map.of("data", "{}", "group", "artisan"));
        commands.xadd(EventType.BOOKING_CREATED.deadLetterKey(), Map.of("data", "{}", "group", "platform"));
        commands.xadd("korrect:audit", Map.of("note", "kept by hand"));
    }

    @Test
    void shouldPrintLengthTimesPendingLagAndDeadLettersOfEachGroupAsJson() throws Exception {
        CommandRun run = CommandRun.of("streams", "--redis", redis.url(), "--json");

        assertThat(run.status()).as("dead letters wait: %s", run.err()).isEqualTo(1);
        JsonNode root = Json.parse(run.out());
        assertThat(root.get("streams")).hasSize(21);
        JsonNode bookings = streamNamed(root.get("streams"), BOOKINGS);
        assertThat(bookings.get("length").asLong()).isEqualTo(10);
        assertThat(bookings.get("entriesAdded").asLong()).isEqualTo(10);
        assertThat(bookings.get("firstEntryAt").asText()).isEqualTo("2026-09-21T14:13:20.001Z");
        assertThat(bookings.get("lastEntryAt").asText()).isEqualTo("2026-09-21T14:13:20.010Z");
        assertThat(bookings.get("deadLetters").asLong()).isEqualTo(2);
        JsonNode platform = groupNamed(bookings, "platform");
        assertThat(platform.get("consumers").asLong()).isEqualTo(1);
        assertThat(platform.get("pending").asLong()).isEqualTo(3);
        assertThat(platform.get("oldestPendingIdleMs").asLong()).isGreaterThanOrEqualTo(0);
        assertThat(platform.get("lag").asLong()).isZero();
        assertThat(platform.get("lastDeliveredId").asText()).isEqualTo("1790000000010-0");
        assertThat(platform.get("level").asText()).isEqualTo("OK");
        assertThat(platform.get("inCatalog").asBoolean()).isTrue();
        JsonNode artisan = groupNamed(bookings, "artisan");
        assertThat(artisan.get("pending").asLong()).isZero();
        assertThat(artisan.get("oldestPendingIdleMs").isNull()).isTrue();
        assertThat(artisan.get("lag").asLong()).isEqualTo(6);
        assertThat(artisan.get("trimmedUnread").asLong()).isZero();
        JsonNode reviews = streamNamed(root.get("streams"), REVIEWS);
        assertThat(reviews.get("exists").asBoolean()).isFalse();
        assertThat(reviews.get("groups")).isEmpty();
        assertThat(deadLetterCount(root, "booking.created")).isEqualTo(2);
        assertThat(deadLetterCount(root, "review.created")).isZero();
        assertThat(root.get("problem").asBoolean()).isFalse();
        assertThat(root.get("deadLettersWait").asBoolean()).isTrue();
    }

    @Test
    void shouldExitWithOneWhileDeadLettersWaitUnlessToldToIgnoreThem() {
        assertThat(CommandRun.of("streams", "--redis", redis.url()).status()).isEqualTo(1);
        assertThat(CommandRun.of("streams", "--redis", redis.url(), "--ignore-dead-letters").status()).isZero();

        commands.del(EventType.BOOKING_CREATED.deadLetterKey());

        assertThat(CommandRun.of("streams", "--redis", redis.url()).status()).isZero();
    }

    @Test
    void shouldListStreamsAndGroupsOutsideTheCatalogApart() throws Exception {
        CommandRun run = CommandRun.of("streams", "--redis", redis.url(), "--json");

        JsonNode root = Json.parse(run.out());
        assertThat(root.get("otherStreams")).hasSize(1);
        assertThat(root.get("otherStreams").get(0).get("stream").asText()).isEqualTo("korrect:audit");
        assertThat(root.get("otherStreams").get(0).get("length").asLong()).isEqualTo(1);
        assertThat(root.get("groupsOutsideCatalog")).hasSize(1);
        assertThat(root.get("groupsOutsideCatalog").get(0).get("group").asText()).isEqualTo("reporting");
        assertThat(groupNamed(streamNamed(root.get("streams"), BOOKINGS), "reporting").get("inCatalog").asBoolean()).isFalse();

        CommandRun table = CommandRun.of("streams", "--redis", redis.url());
        assertThat(table.out()).contains("groups outside the catalog", "  reporting on " + BOOKINGS,
                "streams outside the catalog", "korrect:audit", "reporting (not in catalog)");
    }

    @Test
    void shouldExitWithOneAndCountTheEntriesTrimmedBeforeTheGroupReadThem() throws Exception {
        for (int i = 1; i <= 10; i++) {
            StreamEvents.add(commands, StreamEvents.event(StreamEvents.review(i), ServiceName.ARTISAN,
                    Instant.ofEpochMilli(1_790_000_000_000L + i), null), (1_790_000_000_000L + i) + "-0");
        }
        createGroup(REVIEWS, "platform");
        read(REVIEWS, "platform", "platform-1", 2);
        commands.xtrim(REVIEWS, 5); // exact trimming: entries 3 to 5 go before platform read them

        CommandRun run = CommandRun.of("streams", "--redis", redis.url(), "--json");

        assertThat(run.status()).isEqualTo(1);
        JsonNode platform = groupNamed(streamNamed(Json.parse(run.out()).get("streams"), REVIEWS), "platform");
        assertThat(platform.get("trimmedUnread").asLong()).isEqualTo(3);
        assertThat(platform.get("level").asText()).isEqualTo("LOSS");
        assertThat(platform.get("pending").asLong()).isEqualTo(2);
        CommandRun table = CommandRun.of("streams", "--redis", redis.url());
        assertThat(table.status()).isEqualTo(1);
        assertThat(table.out()).contains("LOSS: 3 entries trimmed unread");
    }

    @Test
    void shouldExitWithOneWhenAGroupLagsPastTheShareOfMaxLength() throws Exception {
        CommandRun run = CommandRun.of("streams", "--redis", redis.url(), "--json", "--max-length", "10",
                "--lag-warning-ratio", "0.6");

        assertThat(run.status()).isEqualTo(1);
        JsonNode root = Json.parse(run.out());
        assertThat(root.get("lagThreshold").asLong()).isEqualTo(6);
        assertThat(groupNamed(streamNamed(root.get("streams"), BOOKINGS), "artisan").get("level").asText()).isEqualTo("LAG_WARNING");
        assertThat(groupNamed(streamNamed(root.get("streams"), BOOKINGS), "platform").get("level").asText()).isEqualTo("OK");
        assertThat(CommandRun.of("streams", "--redis", redis.url(), "--max-length", "10", "--lag-warning-ratio", "0.6").out())
                .contains("WARNING: lag near MAXLEN");
    }

    @Test
    void shouldCountTheLagWhereRedisReportsNoneAfterDeletionsInTheUnreadRange() throws Exception {
        commands.xdel(BOOKINGS, "1790000000007-0"); // a tombstone after artisan's position: Redis stops reporting its lag

        CommandRun run = CommandRun.of("streams", "--redis", redis.url(), "--json");

        JsonNode artisan = groupNamed(streamNamed(Json.parse(run.out()).get("streams"), BOOKINGS), "artisan");
        assertThat(artisan.get("lag").asLong()).isEqualTo(5);
        assertThat(artisan.get("lagCounted").asBoolean()).isTrue();
        assertThat(groupNamed(streamNamed(Json.parse(run.out()).get("streams"), BOOKINGS), "platform")
                .get("lagCounted").asBoolean()).isFalse();
    }

    @Test
    void shouldTreatABadLagRatioAsAUsageError() {
        CommandRun run = CommandRun.of("streams", "--redis", redis.url(), "--lag-warning-ratio", "1.5");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("korrect streams: lagWarningRatio must be in (0, 1], was 1.5" + System.lineSeparator());
    }

    private void createGroup(String stream, String group) {
        commands.xgroupCreate(XReadArgs.StreamOffset.from(stream, "0"), group);
    }

    private List<StreamMessage<String, String>> read(String stream, String group, String consumer, int count) {
        return commands.xreadgroup(Consumer.from(group, consumer), XReadArgs.Builder.count(count),
                XReadArgs.StreamOffset.lastConsumed(stream));
    }

    private static JsonNode streamNamed(JsonNode streams, String key) {
        for (JsonNode stream : streams) {
            if (stream.get("stream").asText().equals(key)) {
                return stream;
            }
        }
        throw new AssertionError("no stream " + key + " in " + streams);
    }

    private static JsonNode groupNamed(JsonNode stream, String name) {
        for (JsonNode group : stream.get("groups")) {
            if (group.get("name").asText().equals(name)) {
                return group;
            }
        }
        throw new AssertionError("no group " + name + " in " + stream);
    }

    private static long deadLetterCount(JsonNode root, String type) {
        for (JsonNode deadLetters : root.get("deadLetters")) {
            if (deadLetters.get("type").asText().equals(type)) {
                return deadLetters.get("count").asLong();
            }
        }
        throw new AssertionError("no dead-letter count for " + type);
    }
}
