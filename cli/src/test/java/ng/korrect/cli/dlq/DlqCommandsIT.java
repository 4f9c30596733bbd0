package ng.korrect.cli.dlq;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XAddArgs;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import ng.korrect.bus.RedisFixture;
import ng.korrect.catalog.Event;
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

class DlqCommandsIT {

    private static final String BOOKING_DLQ = EventType.BOOKING_CREATED.deadLetterKey();
    private static final String REVIEW_DLQ = EventType.REVIEW_CREATED.deadLetterKey();

    @RegisterExtension
    static final RedisFixture redis = RedisFixture.ephemeral();

    private Event<?> failedByArtisan;

    @BeforeEach
    void prepareDeadLettersFromTwoGroups() {
        failedByArtisan = StreamEvents.event(StreamEvents.booking(1), ServiceName.TRANSACTION, Instant.now(), "req-1");
        deadLetter(BOOKING_DLQ, "1-0", StreamEvents.wire(failedByArtisan), "artisan", "5", "handler failed: profile store down");
        deadLetter(BOOKING_DLQ, "2-0", StreamEvents.wire(StreamEvents.event(StreamEvents.booking(2), ServiceName.TRANSACTION,
                Instant.now(), null)), "platform", "5", "handler failed: mailer down", Map.of("permanent", "false"));
        deadLetter(REVIEW_DLQ, "3-0", "{not json", "platform", "1", "not valid JSON", Map.of("permanent", "true"));
    }

    @AfterEach
    void forgetTheTerminal() {
        System.clearProperty(Confirmation.INTERACTIVE_PROPERTY);
    }

    @Test
    void shouldListEveryDeadLetterWithTheFieldsTheBusAdded() throws Exception {
        CommandRun run = CommandRun.of("dlq", "list", "--redis", redis.url(), "--json");

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode list = Json.parse(run.out());
        assertThat(list).extracting(node -> node.get("entry").asText())
                .containsExactly("booking.created/1-0", "booking.created/2-0", "review.created/3-0");
        JsonNode first = list.get(0);
        assertThat(first.get("group").asText()).isEqualTo("artisan");
        assertThat(first.get("deliveries").asLong()).isEqualTo(5);
        assertThat(first.get("entryId").asText()).isEqualTo("100-0");
        assertThat(first.get("error").asText()).isEqualTo("handler failed: profile store down");
        assertThat(first.get("eventId").asText()).isEqualTo(failedByArtisan.id().toString());
        assertThat(first.get("correlationId").asText()).isEqualTo("req-1");
        assertThat(list.get(2).get("eventId").isNull()).isTrue();
    }

    @Test
    void shouldSayWhetherTheFailureWasPermanentWhenTheBusWroteIt() throws Exception {
        JsonNode list = Json.parse(CommandRun.of("dlq", "list", "--redis", redis.url(), "--json").out());

        assertThat(list).extracting(node -> node.get("permanent").toString()).containsExactly("null", "false", "true");
    }

    @Test
    void shouldFilterByTypeAndByGroup() throws Exception {
        JsonNode platform = Json.parse(CommandRun.of("dlq", "list", "--redis", redis.url(), "--group", "platform", "--json").out());
        JsonNode reviews = Json.parse(CommandRun.of("dlq", "list", "review.created", "--redis", redis.url(), "--json").out());

        assertThat(platform).extracting(node -> node.get("entry").asText())
                .containsExactly("booking.created/2-0", "review.created/3-0");
        assertThat(reviews).extracting(node -> node.get("entry").asText()).containsExactly("review.created/3-0");
        assertThat(CommandRun.of("dlq", "list", "--redis", redis.url()).outLines()).hasSize(4)
                .element(1).asString().matches("booking\\.created/1-0 +artisan +5 +2026-11-27T03:00:00\\.000Z +handler failed: profile store down");
    }

    @Test
    void shouldShowEveryFieldAndTheEnvelope() throws Exception {
        CommandRun run = CommandRun.of("dlq", "show", "booking.created/1-0", "--redis", redis.url(), "--json");

        assertThat(run.status()).isZero();
        JsonNode shown = Json.parse(run.out());
        assertThat(shown.get("fields").get("failedAt").asText()).isEqualTo("2026-11-27T03:00:00.000Z");
        assertThat(shown.get("envelope").get("payload").get("bookingId").asText()).isEqualTo("booking-1");
        assertThat(CommandRun.of("dlq", "show", "booking.created/1-0", "--redis", redis.url()).out())
                .contains("group", "artisan", "\"bookingId\" : \"booking-1\"");
    }

    @Test
    void shouldTreatAMissingOrMalformedEntryAsAUsageError() {
        CommandRun missing = CommandRun.of("dlq", "show", "booking.created/9-0", "--redis", redis.url());
        CommandRun malformed = CommandRun.of("dlq", "show", "9-0", "--redis", redis.url());

        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("korrect dlq show: no dead letter booking.created/9-0 in " + BOOKING_DLQ
                + System.lineSeparator());
        assertThat(malformed.status()).isEqualTo(2);
        assertThat(malformed.err()).contains("names no type: write TYPE/ID");
    }

    @Test
    void shouldRefuseToPurgeWithoutYesWhenNobodyCanAnswer() {
        System.setProperty(Confirmation.INTERACTIVE_PROPERTY, "false");

        CommandRun run = CommandRun.of("dlq", "purge", "--redis", redis.url());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("refused, standard input is not a terminal; pass --yes");
        assertThat(redis.redis().xlen(BOOKING_DLQ)).isEqualTo(2);
    }

    @Test
    void shouldPurgeOnlyTheSelectedGroupWithYes() throws Exception {
        CommandRun run = CommandRun.of("dlq", "purge", "--redis", redis.url(), "--group", "platform", "--yes", "--json");

        assertThat(run.status()).isZero();
        assertThat(Json.parse(run.out()).get("deleted")).extracting(JsonNode::asText)
                .containsExactly("booking.created/2-0", "review.created/3-0");
        assertThat(redis.redis().xlen(BOOKING_DLQ)).isEqualTo(1);
        assertThat(redis.redis().xlen(REVIEW_DLQ)).isZero();
    }

    @Test
    void shouldAskAndPurgeOnlyWhenTheAnswerIsYes() {
        System.setProperty(Confirmation.INTERACTIVE_PROPERTY, "true");

        CommandRun declined = CommandRun.withStdin("n\n".getBytes(StandardCharsets.UTF_8), "dlq", "purge", "booking.created",
                "--redis", redis.url());
        CommandRun accepted = CommandRun.withStdin("y\n".getBytes(StandardCharsets.UTF_8), "dlq", "purge", "booking.created",
                "--redis", redis.url(), "--id", "1-0");

        assertThat(declined.status()).isZero();
        assertThat(declined.err()).isEqualTo("Delete 2 booking.created dead letters for good? [y/N] ");
        assertThat(declined.out().strip()).isEqualTo("nothing deleted");
        assertThat(accepted.out().strip()).isEqualTo("deleted 1 booking.created dead letters among 1-0");
        assertThat(redis.redis().xrange(BOOKING_DLQ, Range.create("-", "+")))
                .extracting(StreamMessage::getId).containsExactly("2-0");
    }

    private static void deadLetter(String key, String id, String data, String group, String deliveries, String error) {
        deadLetter(key, id, data, group, deliveries, error, Map.of());
    }

    /** A dead letter with the fields of an older bus, and those of a newer one. */
    private static void deadLetter(String key, String id, String data, String group, String deliveries, String error,
                                   Map<String, String> newer) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("data", data);
        fields.put("group", group);
        fields.put("consumer", group + "-1");
        fields.put("entryId", "100-0");
        fields.put("deliveries", deliveries);
        fields.put("error", error);
        fields.put("failedAt", "2026-11-27T03:00:00.000Z");
        fields.putAll(newer);
        redis.redis().xadd(key, new XAddArgs().id(id), fields);
    }
}
