package ng.korrect.cli.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import ng.korrect.bus.RedisFixture;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.EventCodec;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.payload.BookingCreated;
import ng.korrect.cli.CommandRun;
import ng.korrect.cli.output.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class PublishCommandIT {

    private static final String BOOKING = "{\"bookingId\":\"b-1\",\"customerId\":\"c-1\",\"artisanId\":\"a-1\","
            + "\"artisanProfileId\":\"p-1\",\"service\":\"Plumbing\",\"status\":\"pending\"}";

    @RegisterExtension
    static final RedisFixture redis = RedisFixture.ephemeral();

    @TempDir
    Path folder;

    @Test
    void shouldPublishAValidPayloadFromItsProducerAndPrintTheEventId() {
        CommandRun run = CommandRun.of("publish", "booking.created", "--redis", redis.url(), "--payload", BOOKING,
                "--correlation-id", "req-7");

        assertThat(run.status()).as(run.err()).isZero();
        Event<?> published = onlyEvent(EventType.BOOKING_CREATED);
        assertThat(run.out().strip()).isEqualTo(published.id().toString());
        assertThat(published.source()).isEqualTo("transaction");
        assertThat(published.correlationId()).contains("req-7");
        assertThat(((BookingCreated) published.payload()).bookingId()).isEqualTo("b-1");
    }

    @Test
    void shouldReadThePayloadFromAFileAndPrintIdsAsJson() throws Exception {
        Path file = Files.writeString(folder.resolve("booking.json"), BOOKING);

        CommandRun run = CommandRun.of("publish", "booking.created", "--redis", redis.url(), "--payload", "@" + file, "--json");

        assertThat(run.status()).isZero();
        JsonNode json = Json.parse(run.out());
        assertThat(json.get("eventId").asText()).isEqualTo(onlyEvent(EventType.BOOKING_CREATED).id().toString());
        assertThat(json.get("entryId").asText()).isEqualTo(redis.redis().xrange(EventType.BOOKING_CREATED.streamKey(),
                Range.create("-", "+")).get(0).getId());
    }

    @Test
    void shouldRefuseAnInvalidPayloadWithEveryReasonAndPublishNothing() {
        CommandRun run = CommandRun.of("publish", "booking.created", "--redis", redis.url(), "--payload",
                "{\"bookingId\":\"b-1\",\"status\":7}");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("korrect publish: the booking.created event is refused, nothing was published:")
                .contains("payload.customerId: is required", "payload.status: ", "payload.service: is required");
        assertThat(redis.redis().exists(EventType.BOOKING_CREATED.streamKey())).isZero();
    }

    @Test
    void shouldRefusePayloadThatIsNotJson() {
        CommandRun run = CommandRun.of("publish", "booking.created", "--redis", redis.url(), "--payload", "{oops");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("korrect publish: the payload is not valid JSON: ");
    }

    @Test
    void shouldRequireTheSourceOfANotificationWhichAnyServiceMaySend() {
        String notification = "{\"userId\":\"u-1\",\"type\":\"email\",\"title\":\"Hello\",\"body\":\"Welcome\"}";

        CommandRun without = CommandRun.of("publish", "notification.send", "--redis", redis.url(), "--payload", notification);
        CommandRun with = CommandRun.of("publish", "notification.send", "--redis", redis.url(), "--payload", notification,
                "--source", "users");

        assertThat(without.status()).isEqualTo(2);
        assertThat(without.err()).contains("notification.send may be published by any service: say which with --source SERVICE");
        assertThat(with.status()).as(with.err()).isZero();
        assertThat(onlyEvent(EventType.NOTIFICATION_SEND).source()).isEqualTo("users");
    }

    @Test
    void shouldRefuseAnUnknownService() {
        CommandRun run = CommandRun.of("publish", "booking.created", "--redis", redis.url(), "--payload", BOOKING,
                "--source", "billing");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("unknown service 'billing'");
    }

    private static Event<?> onlyEvent(EventType type) {
        List<StreamMessage<String, String>> entries = redis.redis().xrange(type.streamKey(), Range.create("-", "+"));
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).getBody()).containsOnlyKeys("data");
        return EventCodec.create().decode(entries.get(0).getBody().get("data"));
    }
}
