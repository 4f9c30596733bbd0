package ng.korrect.cli.tail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.lettuce.core.XAddArgs;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import ng.korrect.bus.RedisFixture;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.ServiceName;
import ng.korrect.cli.CommandRun;
import ng.korrect.cli.StreamEvents;
import ng.korrect.cli.output.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TailCommandIT {

    private static final Instant AT = Instant.parse("2026-11-27T03:00:00.000Z");

    @RegisterExtension
    static final RedisFixture redis = RedisFixture.ephemeral();

    private Event<?> booking1;
    private Event<?> review1;
    private Event<?> booking2;

    @BeforeEach
    void prepareTwoStreams() {
        booking1 = StreamEvents.event(StreamEvents.booking(1), ServiceName.TRANSACTION, AT, "req-1");
        review1 = StreamEvents.event(StreamEvents.review(1), ServiceName.ARTISAN, AT.plusMillis(1), "req-1");
        booking2 = StreamEvents.event(StreamEvents.booking(2), ServiceName.TRANSACTION, AT.plusMillis(3), "req-2");
        StreamEvents.add(redis.redis(), booking1, ms(0));
        StreamEvents.add(redis.redis(), review1, ms(1));
        redis.redis().xadd(EventType.BOOKING_CREATED.streamKey(), new XAddArgs().id(ms(2)),
                Map.of("data", "{not json"));
        StreamEvents.add(redis.redis(), booking2, ms(3));
    }

    @Test
    void shouldPrintEveryEntryFromTheStartInTimeOrderAcrossStreams() throws Exception {
        CommandRun run = CommandRun.of("tail", "--redis", redis.url(), "--from", "0", "--no-follow", "--json");

        assertThat(run.status()).as(run.err()).isZero();
        List<JsonNode> lines = jsonLines(run);
        assertThat(lines).extracting(line -> line.get("entryId").asText()).containsExactly(ms(0), ms(1), ms(2), ms(3));
        assertThat(lines.get(0).get("eventId").asText()).isEqualTo(booking1.id().toString());
        assertThat(lines.get(0).get("source").asText()).isEqualTo("transaction");
        assertThat(lines.get(0).get("correlationId").asText()).isEqualTo("req-1");
        assertThat(lines.get(0).get("payload").get("bookingId").asText()).isEqualTo("booking-1");
        assertThat(lines.get(1).get("type").asText()).isEqualTo("review.created");
        assertThat(lines.get(2).get("undecodable").asText()).startsWith("not valid JSON");
    }

    @Test
    void shouldPrintOneReadableLinePerEventAndShowUndecodableEntriesAsSuch() {
        CommandRun run = CommandRun.of("tail", "--redis", redis.url(), "--from", "0", "--no-follow", "booking.created");

        assertThat(run.status()).isZero();
        assertThat(run.outLines()).hasSize(3);
        assertThat(run.outLines().get(0)).isEqualTo("2026-11-27T03:00:00.000Z  booking.created  transaction  req-1  "
                + "{\"bookingId\":\"booking-1\",\"customerId\":\"customer-1\",\"artisanId\":\"artisan-1\",\"artisanProfileId\":\"pr...");
        assertThat(run.outLines().get(1)).startsWith("2026-11-27T03:00:00.002Z  booking.created  UNDECODABLE entry " + ms(2) + ": ");
        assertThat(run.outLines().get(2)).startsWith("2026-11-27T03:00:00.003Z  booking.created  transaction  req-2  ");
    }

    @Test
    void shouldFollowOneCorrelationIdAcrossStreams() throws Exception {
        CommandRun run = CommandRun.of("tail", "--redis", redis.url(), "--from", "2026-11-27T02:59:00Z", "--no-follow",
                "--correlation", "req-1", "--json");

        assertThat(jsonLines(run)).extracting(line -> line.get("eventId").asText())
                .containsExactly(booking1.id().toString(), review1.id().toString());
    }

    @Test
    void shouldStopAfterTheLimit() throws Exception {
        CommandRun run = CommandRun.of("tail", "--redis", redis.url(), "--from", ms(1), "--limit", "2", "--json");

        assertThat(run.status()).isZero();
        assertThat(jsonLines(run)).extracting(line -> line.get("entryId").asText()).containsExactly(ms(1), ms(2));
    }

    @Test
    void shouldFollowOnlyEventsAddedAfterItStartsByDefault() throws Exception {
        CompletableFuture<CommandRun> tail = CompletableFuture.supplyAsync(() ->
                CommandRun.of("tail", "--redis", redis.url(), "--limit", "1", "--json"));
        Thread.sleep(1_000); // the tail has started and taken the streams' ends as its start
        String added = StreamEvents.addBooking(redis.redis(), 9, "req-9");

        CommandRun run = await().atMost(Duration.ofSeconds(10)).until(() -> tail.getNow(null), done -> done != null);
        assertThat(jsonLines(run)).extracting(line -> line.get("entryId").asText()).containsExactly(added);
    }

    @Test
    void shouldRefuseAPositionThatIsNeitherIdNorTime() {
        CommandRun run = CommandRun.of("tail", "--redis", redis.url(), "--from", "yesterday");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("korrect tail: 'yesterday' is neither an entry id").doesNotContain("\tat ");
    }

    private static String ms(int offset) {
        return (AT.toEpochMilli() + offset) + "-0";
    }

    private static List<JsonNode> jsonLines(CommandRun run) throws Exception {
        List<JsonNode> nodes = new java.util.ArrayList<>();
        for (String line : run.outLines()) {
            nodes.add(Json.parse(line));
        }
        return nodes;
    }
}
