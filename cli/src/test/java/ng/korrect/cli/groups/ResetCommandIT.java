package ng.korrect.cli.groups;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lettuce.core.Consumer;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XReadArgs;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ng.korrect.bus.RedisFixture;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.ServiceName;
import ng.korrect.cli.CommandRun;
import ng.korrect.cli.StreamEvents;
import ng.korrect.cli.output.Json;
import ng.korrect.cli.prompt.Confirmation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ResetCommandIT {

    private static final String STREAM = EventType.BOOKING_CREATED.streamKey();
    private static final long START = Instant.parse("2026-11-27T03:00:00Z").toEpochMilli();

    @RegisterExtension
    static final RedisFixture redis = RedisFixture.ephemeral();

    @BeforeEach
    void prepareAGroupThatReadTenEntries() {
        for (int i = 0; i < 10; i++) {
            StreamEvents.add(redis.redis(), StreamEvents.event(StreamEvents.booking(i), ServiceName.TRANSACTION,
                    Instant.ofEpochMilli(START + i * 1_000L), null), id(i));
        }
        redis.redis().xgroupCreate(XReadArgs.StreamOffset.from(STREAM, "0"), "platform");
        List<StreamMessage<String, String>> read = redis.redis().xreadgroup(Consumer.from("platform", "p-1"),
                XReadArgs.Builder.count(7), XReadArgs.StreamOffset.lastConsumed(STREAM));
        redis.redis().xack(STREAM, "platform", read.stream().map(StreamMessage::getId).toArray(String[]::new));
    }

    @AfterEach
    void forgetTheTerminal() {
        System.clearProperty(Confirmation.INTERACTIVE_PROPERTY);
    }

    @Test
    void shouldMoveBackToAnIdAndSayHowManyEntriesComeAgain() throws Exception {
        CommandRun run = CommandRun.of("groups", "reset", "platform", "booking.created", "--to", id(2), "--yes",
                "--redis", redis.url(), "--json");

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode result = Json.parse(run.out());
        assertThat(result.get("from").asText()).isEqualTo(id(6));
        assertThat(result.get("to").asText()).isEqualTo(id(2));
        assertThat(result.get("redelivered").asLong()).isEqualTo(4);
        assertThat(result.get("skipped").asLong()).isZero();
        assertThat(lastDeliveredId()).isEqualTo(id(2));
    }

    @Test
    void shouldMoveToATimeSoThatEntriesFromThatTimeComeAgain() throws Exception {
        CommandRun run = CommandRun.of("groups", "reset", "platform", "booking.created", "--to", "2026-11-27T03:00:04Z",
                "--yes", "--redis", redis.url(), "--json");

        JsonNode result = Json.parse(run.out());
        assertThat(result.get("to").asText()).isEqualTo(id(3));
        assertThat(result.get("redelivered").asLong()).isEqualTo(3);
        List<StreamMessage<String, String>> next = redis.redis().xreadgroup(Consumer.from("platform", "p-1"),
                XReadArgs.Builder.count(1), XReadArgs.StreamOffset.lastConsumed(STREAM));
        assertThat(next.get(0).getId()).isEqualTo(id(4));
    }

    @Test
    void shouldMoveForwardToLatestAndSayHowManyEntriesAreSkipped() throws Exception {
        CommandRun run = CommandRun.of("groups", "reset", "platform", "booking.created", "--to", "latest", "--yes",
                "--redis", redis.url(), "--json");

        JsonNode result = Json.parse(run.out());
        assertThat(result.get("to").asText()).isEqualTo(id(9));
        assertThat(result.get("skipped").asLong()).isEqualTo(3);
        assertThat(lastDeliveredId()).isEqualTo(id(9));
    }

    @Test
    void shouldAskWithTheNumberOfEntriesAndChangeNothingWhenDeclined() {
        System.setProperty(Confirmation.INTERACTIVE_PROPERTY, "true");

        CommandRun run = CommandRun.withStdin("no\n".getBytes(StandardCharsets.UTF_8), "groups", "reset", "platform",
                "booking.created", "--to", "0", "--redis", redis.url());

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEqualTo("Move group platform on " + STREAM + " from " + id(6) + " to 0-0: "
                + "7 entries will be delivered to platform again. Go ahead? [y/N] ");
        assertThat(run.out().strip()).isEqualTo("nothing changed");
        assertThat(lastDeliveredId()).isEqualTo(id(6));
    }

    @Test
    void shouldRefuseWithoutYesWhenNobodyCanAnswer() {
        System.setProperty(Confirmation.INTERACTIVE_PROPERTY, "false");

        CommandRun run = CommandRun.of("groups", "reset", "platform", "booking.created", "--to", "0", "--redis", redis.url());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("7 entries will be delivered to platform again", "pass --yes");
        assertThat(lastDeliveredId()).isEqualTo(id(6));
    }

    @Test
    void shouldTreatAnUnknownGroupAsAUsageError() {
        CommandRun run = CommandRun.of("groups", "reset", "billing", "booking.created", "--to", "0", "--yes", "--redis", redis.url());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("korrect groups reset: there is no group billing on " + STREAM + System.lineSeparator());
    }

    private static String lastDeliveredId() {
        for (Object group : redis.redis().xinfoGroups(STREAM)) {
            List<?> fields = (List<?>) group;
            Map<String, Object> info = new HashMap<>();
            for (int i = 0; i + 1 < fields.size(); i += 2) {
                info.put(String.valueOf(fields.get(i)), fields.get(i + 1));
            }
            if ("platform".equals(info.get("name"))) {
                return String.valueOf(info.get("last-delivered-id"));
            }
        }
        throw new AssertionError("no group platform");
    }

    private static String id(int index) {
        return (START + index * 1_000L) + "-0";
    }
}
