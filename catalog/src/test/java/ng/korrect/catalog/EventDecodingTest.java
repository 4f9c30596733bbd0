package ng.korrect.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Stream;
import ng.korrect.catalog.json.JsonValue;
import ng.korrect.catalog.payload.BookingCancelled;
import ng.korrect.catalog.payload.DisputeResolved;
import ng.korrect.catalog.payload.NotificationSend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** What the codec accepts from the wire, what it refuses, and how it says why. */
class EventDecodingTest {

    private static final EventCodec CODEC = EventCodec.create();
    private static final String ID = "1c6f2a3b-8d4e-4f60-9bac-1d2e3f4a5b6c";

    /** The wire of {@link CatalogSamples#plainEvent} of that type. */
    private static String wire(EventType type) {
        return CODEC.encodeToString(CatalogSamples.plainEvent(type));
    }

    /** That wire with one piece of text replaced, which must be there. */
    private static String wire(EventType type, String from, String to) {
        String wire = wire(type);
        assertThat(wire).contains(from);
        return wire.replace(from, to);
    }

    static Stream<Arguments> invalidInputs() {
        return Stream.of(
                Arguments.of(EventType.REVIEW_CREATED, "\"rating\":4", "\"rating\":6",
                        "payload.rating", "must be between 1 and 5, was 6"),
                Arguments.of(EventType.REVIEW_CREATED, "\"rating\":4", "\"rating\":0",
                        "payload.rating", "must be between 1 and 5, was 0"),
                Arguments.of(EventType.REVIEW_CREATED, "\"rating\":4", "\"rating\":\"4\"",
                        "payload.rating", "must be a number, was a string"),
                Arguments.of(EventType.REVIEW_CREATED, "\"title\":\"Tidy work\"", "\"title\":[]",
                        "payload.title", "must be a string, was an array"),
                Arguments.of(EventType.USER_CREATED, "\"role\":\"artisan\"", "\"role\":\"root\"",
                        "payload.role", "must be one of customer, artisan, admin; was 'root'"),
                Arguments.of(EventType.BOOKING_CANCELLED, "\"cancelledBy\":\"artisan\"", "\"cancelledBy\":\"nobody\"",
                        "payload.cancelledBy", "must be one of customer, artisan; was 'nobody'"),
                Arguments.of(EventType.NOTIFICATION_SEND, "\"type\":\"sms\"", "\"type\":\"pigeon\"",
                        "payload.type", "must be one of push, sms, email; was 'pigeon'"),
                Arguments.of(EventType.USER_CREATED, "ada@korrect.ng", "ada@korrect",
                        "payload.email", "must be an email address, was 'ada@korrect'"),
                Arguments.of(EventType.USER_DELETED, "gone@korrect.ng", "gone at korrect.ng",
                        "payload.email", "must be an email address, was 'gone at korrect.ng'"),
                Arguments.of(EventType.PAYMENT_RECEIVED, "\"amount\":0.1", "\"amount\":-0.1",
                        "payload.amount", "must be zero or more, was -0.1"),
                Arguments.of(EventType.PAYMENT_FAILED, "\"amount\":2500", "\"amount\":\"2500\"",
                        "payload.amount", "must be a number, was a string"),
                Arguments.of(EventType.BOOKING_CONFIRMED, "\"finalPrice\":15000.5", "\"finalPrice\":-1",
                        "payload.finalPrice", "must be zero or more, was -1"),
                Arguments.of(EventType.DISPUTE_RESOLVED, "\"customerRefund\":5000", "\"customerRefund\":-5000",
                        "payload.customerRefund", "must be zero or more, was -5000"),
                Arguments.of(EventType.DISPUTE_RESOLVED, "\"artisanPayment\":10000.5", "\"artisanPayment\":-1e-9",
                        "payload.artisanPayment", "must be zero or more, was -1e-9"),
                Arguments.of(EventType.DISPUTE_ESCALATED, "\"daysOpen\":7", "\"daysOpen\":-7",
                        "payload.daysOpen", "must be 0 or more, was -7"),
                Arguments.of(EventType.DISPUTE_ESCALATED, "\"daysOpen\":7", "\"daysOpen\":7.5",
                        "payload.daysOpen", "must be an integer, was 7.5"),
                Arguments.of(EventType.MESSAGE_SENT, "\"message-0001\"", "\"   \"",
                        "payload.messageId", "must not be blank"),
                Arguments.of(EventType.BOOKING_CREATED, ",\"status\":\"pending\"", "",
                        "payload.status", "is required"),
                Arguments.of(EventType.NOTIFICATION_SEND, "\"data\":{", "\"data\":true,\"ignored\":{",
                        "payload.data", "must be an object, was a boolean"),
                Arguments.of(EventType.REVIEW_CREATED, "\"type\":\"review.created\"", "\"type\":\"review.deleted\"",
                        "type", "not an event type of the catalog: 'review.deleted'"),
                Arguments.of(EventType.REVIEW_CREATED, "\"2026-11-26T19:22:40.123Z\"", "\"26/11/2026\"",
                        "timestamp", "must be an ISO 8601 date-time with an offset, was '26/11/2026'"),
                Arguments.of(EventType.REVIEW_CREATED, "\"source\":\"artisan\"", "\"source\":\" \"",
                        "source", "must not be blank"),
                Arguments.of(EventType.REVIEW_CREATED, "\"source\":\"artisan\"", "\"source\":\"artisan\",\"metadata\":[]",
                        "metadata", "must be an object, was an array"),
                Arguments.of(EventType.REVIEW_CREATED, "\"source\":\"artisan\"", "\"source\":\"artisan\",\"correlationId\":7",
                        "correlationId", "must be a string, was a number"));
    }

    @ParameterizedTest(name = "{3}: {4}")
    @MethodSource("invalidInputs")
    void shouldRejectInvalidInputWithTheFieldPathAndAReadableMessage(EventType type, String from, String to,
                                                                     String path, String message) {
        InvalidEventException rejection = catchThrowableOfType(InvalidEventException.class,
                () -> CODEC.decode(wire(type, from, to)));

        assertThat(rejection).isNotNull();
        assertThat(rejection.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo(path);
            assertThat(problem.message()).startsWith(message);
        });
        assertThat(rejection.getMessage()).contains(message).contains(ID);
    }

    @Test
    void shouldNameTheEventIdAndTypeInTheRejection() {
        InvalidEventException rejection = catchThrowableOfType(InvalidEventException.class,
                () -> CODEC.decode(wire(EventType.REVIEW_CREATED, "\"rating\":4", "\"rating\":6")));

        assertThat(rejection.eventId()).contains(ID);
        assertThat(rejection.eventType()).contains("review.created");
        assertThat(rejection.problems()).containsExactly(new Problem("payload.rating", "must be between 1 and 5, was 6"));
        assertThat(rejection).hasMessage(
                "invalid event review.created (id " + ID + "): payload.rating: must be between 1 and 5, was 6");
    }

    @Test
    void shouldNameTheIdAndTypeAsReadEvenWhenTheyAreInvalid() {
        InvalidEventException rejection = catchThrowableOfType(InvalidEventException.class,
                () -> CODEC.decode(wire(EventType.REVIEW_CREATED, "review.created", "review.liked").replace(ID, "evt-9")));

        assertThat(rejection.eventId()).contains("evt-9");
        assertThat(rejection.eventType()).contains("review.liked");
        assertThat(rejection.problems()).extracting(Problem::path).containsExactly("id", "type");
    }

    @Test
    void shouldLeaveIdAndTypeOutWhenTheyCannotBeRead() {
        InvalidEventException rejection = catchThrowableOfType(InvalidEventException.class, () -> CODEC.decode("[]"));

        assertThat(rejection.eventId()).isEmpty();
        assertThat(rejection.eventType()).isEmpty();
        assertThat(rejection).hasMessage("invalid event: must be a JSON object, was an array");
        assertThat(rejection.reasons()).isEqualTo("must be a JSON object, was an array");
    }

    @Test
    void shouldReportEveryProblemInInputOrder() {
        String wire = wire(EventType.USER_CREATED, "\"role\":\"artisan\"", "\"role\":\"boss\"")
                .replace("ada@korrect.ng", "ada").replace("\"source\":\"users\"", "\"source\":\"\"");

        InvalidEventException rejection = catchThrowableOfType(InvalidEventException.class, () -> CODEC.decode(wire));

        assertThat(rejection.problems()).extracting(Problem::path)
                .containsExactly("payload.email", "payload.role", "source");
        assertThat(rejection.reasons()).isEqualTo("payload.email: must be an email address, was 'ada'; "
                + "payload.role: must be one of customer, artisan, admin; was 'boss'; source: must not be blank");
    }

    @Test
    void shouldAcceptWhiteSpaceAroundAndInsideTheEnvelopeAsJsonParseDoes() {
        String compact = wire(EventType.REVIEW_CREATED);
        String spaced = " \n\t" + compact.replace(",\"", " ,\r\n \"").replace("\":", "\" : ") + "\n ";

        assertThat(CODEC.decode(spaced)).isEqualTo(CODEC.decode(compact));
    }

    @Test
    void shouldTolerateUnknownPayloadAndEnvelopeFields() {
        String plain = wire(EventType.PAYMENT_RECEIVED);
        String extended = plain
                .replace("{\"id\"", "{\"version\":2,\"headers\":{\"a\":[1,{\"b\":null}]},\"id\"")
                .replace("\"payload\":{", "\"payload\":{\"currency\":\"NGN\",\"legacy\":{\"deep\":[[],{}]},")
                .replace("\"reference\":\"PSK_0001\"", "\"reference\":\"PSK_0001\",\"channel\":\"card\"")
                .replace("\"source\":\"transaction\"", "\"source\":\"transaction\",\"schema\":\"v3\"");

        Event<?> event = CODEC.decode(extended);

        assertThat(event).isEqualTo(CatalogSamples.plainEvent(EventType.PAYMENT_RECEIVED));
        assertThat(CODEC.encodeToString(event)).isEqualTo(plain);
    }

    @Test
    void shouldTreatNullCorrelationIdAndMetadataAsAbsent() {
        String plain = wire(EventType.USER_DELETED);
        String withNulls = plain.replace("\"source\":\"users\"", "\"correlationId\":null,\"source\":\"users\",\"metadata\":null");

        Event<?> event = CODEC.decode(withNulls);

        assertThat(event.correlationId()).isEmpty();
        assertThat(event.metadata()).isEmpty();
        assertThat(CODEC.encodeToString(event)).isEqualTo(plain);
    }

    @Test
    void shouldTreatNullOptionalPayloadFieldsAsAbsent() {
        BookingCancelled cancelled = (BookingCancelled) CODEC.decode(wire(EventType.BOOKING_CANCELLED,
                "\"reason\":\"fell ill\"", "\"reason\":null")).payload();
        DisputeResolved resolved = (DisputeResolved) CODEC.decode(wire(EventType.DISPUTE_RESOLVED,
                "\"customerRefund\":5000", "\"customerRefund\":null")).payload();
        String withoutData = wire(EventType.NOTIFICATION_SEND);
        NotificationSend notification = (NotificationSend) CODEC.decode(
                withoutData.substring(0, withoutData.indexOf(",\"data\":")) + ",\"data\":null}"
                        + withoutData.substring(withoutData.indexOf(",\"timestamp\""))).payload();

        assertThat(cancelled.reason()).isEmpty();
        assertThat(resolved.customerRefund()).isEmpty();
        assertThat(resolved.artisanPayment()).isPresent();
        assertThat(notification.data()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2026-11-26T20:22:40.123+01:00",
        "2026-11-26T13:52:40.123-05:30",
        "2026-11-26T19:22:40.123+00:00",
        "2026-11-26T19:22:40.123456789Z",
        "2026-11-26T20:22:40.1239+01:00",
    })
    void shouldAcceptTimestampsWithOffsetsAndWriteThemInUtcWithMillis(String timestamp) {
        Event<?> event = CODEC.decode(wire(EventType.MESSAGE_SENT, "2026-11-26T19:22:40.123Z", timestamp));

        assertThat(event.timestamp()).isEqualTo(Instant.parse("2026-11-26T19:22:40.123Z"));
        assertThat(CODEC.encodeToString(event)).isEqualTo(wire(EventType.MESSAGE_SENT));
    }

    @Test
    void shouldWriteMillisecondsForATimestampReadWithoutThem() {
        Event<?> event = CODEC.decode(wire(EventType.MESSAGE_SENT, "2026-11-26T19:22:40.123Z", "2026-11-26T20:22:40+01:00"));

        assertThat(CODEC.encodeToString(event)).contains("\"timestamp\":\"2026-11-26T19:22:40.000Z\"");
    }

    @Test
    void shouldReadMemberNamesWithLoneSurrogatesAsJsonParseDoes() {
        // JSON.stringify writes an unpaired surrogate in a member name as an escape, and JSON.parse reads it
        String wire = wire(EventType.MESSAGE_SENT, "\"source\":\"messaging\"",
                "\"source\":\"messaging\",\"metadata\":{\"\\ud800\":1,\"a\\udc00b\":{\"\\udbff\":[]}}");

        Event<?> event = CODEC.decode(wire);

        assertThat(event.metadata().orElseThrow().members()).containsOnlyKeys("\ud800", "a\udc00b");
        assertThat(CODEC.encodeToString(event)).isEqualTo(wire);
    }

    @Test
    void shouldRejectBytesThatAreNotUtf8() {
        byte[] wire = wire(EventType.MESSAGE_SENT).getBytes(StandardCharsets.UTF_8);
        int messageId = new String(wire, StandardCharsets.UTF_8).indexOf("message-0001");
        byte[] broken = Arrays.copyOf(wire, wire.length);
        broken[messageId] = (byte) 0xff;

        InvalidEventException rejection = catchThrowableOfType(InvalidEventException.class, () -> CODEC.decode(broken));

        assertThat(rejection.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEmpty();
            assertThat(problem.message()).startsWith("not valid JSON").containsIgnoringCase("UTF-8");
        });
    }

    @Test
    void shouldKeepMetadataValuesOfEveryJsonKind() {
        String wire = wire(EventType.MESSAGE_SENT, "\"source\":\"messaging\"", "\"source\":\"messaging\","
                + "\"metadata\":{\"s\":\"x\",\"n\":-1.5,\"t\":true,\"f\":false,\"z\":null,\"a\":[1,[2]],\"o\":{\"p\":{}}}");

        Event<?> event = CODEC.decode(wire);

        assertThat(event.metadata()).hasValueSatisfying(metadata -> {
            assertThat(metadata.get("s")).contains(JsonValue.of("x"));
            assertThat(metadata.get("n")).contains(JsonValue.of(-1.5));
            assertThat(metadata.get("t")).contains(JsonValue.of(true));
            assertThat(metadata.get("f")).contains(JsonValue.of(false));
            assertThat(metadata.members()).containsKeys("z", "a", "o").hasSize(7);
        });
        assertThat(CODEC.encodeToString(event)).isEqualTo(wire);
    }
}
