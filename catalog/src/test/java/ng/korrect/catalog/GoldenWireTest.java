package ng.korrect.catalog;

import static ng.korrect.catalog.CatalogSamples.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import ng.korrect.catalog.GoldenFiles.GoldenLine;
import ng.korrect.catalog.GoldenFiles.InvalidCase;
import ng.korrect.catalog.json.JsonArray;
import ng.korrect.catalog.json.JsonNull;
import ng.korrect.catalog.json.JsonObject;
import ng.korrect.catalog.json.JsonValue;
import ng.korrect.catalog.payload.BookingCancelled;
import ng.korrect.catalog.payload.BookingConfirmed;
import ng.korrect.catalog.payload.CancelledBy;
import ng.korrect.catalog.payload.DisputeResolved;
import ng.korrect.catalog.payload.EscrowFunded;
import ng.korrect.catalog.payload.EscrowReleased;
import ng.korrect.catalog.payload.EventPayload;
import ng.korrect.catalog.payload.MessageSent;
import ng.korrect.catalog.payload.NotificationSend;
import ng.korrect.catalog.payload.NotificationType;
import ng.korrect.catalog.payload.PaymentReceived;
import ng.korrect.catalog.payload.Role;
import ng.korrect.catalog.payload.UserCreated;
import ng.korrect.catalog.payload.UserUpdated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The codec against the golden files that Node.js wrote ({@code src/test/node/make-golden.mjs}): what
 * a Node.js service publishes, the codec reads and writes back byte for byte; what the codec writes
 * for the same event built in Java is what Node.js wrote; and what Node.js must never send, the codec
 * refuses with the right field paths.
 */
class GoldenWireTest {

    private static final EventCodec CODEC = EventCodec.create();

    // the same strings as make-golden.mjs's TRICKY, non-ASCII written as escapes
    private static final String QUOTES = "She said \"fix it\" \\ C:\\tools\\ 'single' </script>";
    private static final String CONTROLS = "ctl:" + IntStream.range(0, 0x20)
            .mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining()) + ":end";
    private static final String CJK = "\u5de5\u5320\u9884\u8ba2\u670d\u52a1 \u65e5\u672c\u8a9e \ud55c\uad6d\uc5b4";
    private static final String EMOJI = "Plumber \ud83d\udd27\ud83d\udebf rated \ud83d\udc4d\ud83c\udffd \ud83c\uddf3\ud83c\uddec";
    private static final String LONE_HIGH = "lone high \ud800 here";
    private static final String SEPARATORS = "line\u2028para\u2029sep";
    private static final String INVISIBLE = "nbsp\u00a0bom\ufeffzwj\u200d";

    static List<GoldenLine> goldenEvents() {
        return GoldenFiles.events();
    }

    static List<InvalidCase> invalidEvents() {
        return GoldenFiles.invalidEvents();
    }

    @Test
    void shouldHaveAtLeastTwoGoldenEventsOfEveryType() {
        Map<EventType, Long> countByType = GoldenFiles.events().stream()
                .map(line -> CODEC.decode(line.bytes()).type())
                .collect(Collectors.groupingBy(type -> type, Collectors.counting()));

        assertThat(countByType).containsOnlyKeys(EventType.values());
        assertThat(countByType.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenEvents")
    void shouldReencodeEveryGoldenEventToTheSameBytes(GoldenLine line) {
        Event<?> event = CODEC.decode(line.bytes());

        assertThat(CODEC.encodeToString(event)).isEqualTo(line.text());
        assertThat(CODEC.encode(event)).isEqualTo(line.bytes());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenEvents")
    void shouldDecodeEveryGoldenEventToTheSameEventTwice(GoldenLine line) {
        Event<?> event = CODEC.decode(line.bytes());

        assertThat(CODEC.decode(CODEC.encode(event))).isEqualTo(event);
        assertThat(CODEC.problemsOf(event)).isEmpty();
    }

    /**
     * The decoder must report exactly the expected paths: no fewer (each problem is found) and no more
     * (no follow-on noise such as "payload is required" after a payload was refused). Several problems
     * at the same path count once; the order is the input's, which the file does not pin down.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidEvents")
    void shouldRejectEveryInvalidEventWithExactlyTheExpectedPaths(InvalidCase invalid) {
        InvalidEventException rejection = catchThrowableOfType(InvalidEventException.class,
                () -> CODEC.decode(invalid.wire()));

        assertThat(rejection).as("decoding %s", invalid.wire()).isNotNull();
        assertThat(rejection.problems()).extracting(Problem::path).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(invalid.paths());
        assertThat(rejection.problems()).allSatisfy(problem -> assertThat(problem.message()).isNotBlank());
    }

    @Test
    void shouldCoverEveryKindOfInvalidInputInTheGoldenFile() {
        List<String> reportedPaths = GoldenFiles.invalidEvents().stream().flatMap(c -> c.paths().stream()).toList();

        assertThat(reportedPaths).contains("", "id", "type", "timestamp", "source", "payload", "metadata",
                "correlationId", "payload.rating", "payload.role", "payload.cancelledBy", "payload.type",
                "payload.email", "payload.changes", "payload.daysOpen", "payload.amount", "payload.finalPrice",
                "payload.customerRefund", "payload.artisanPayment", "payload.reviewId", "payload.userId");
    }

    @Test
    void shouldWriteAPlainUserCreatedAsNodeDoes() {
        Event<UserCreated> event = event(1, new UserCreated(entity(1), "ada@korrect.ng", "Ada", "Obi", Role.CUSTOMER),
                "users");

        assertEncodesToGoldenLine(event);
    }

    @Test
    void shouldEscapeQuotesBackslashesAndEveryControlCharacterAsNodeDoes() {
        Map<String, JsonValue> metadata = new LinkedHashMap<>();
        metadata.put("ip", JsonValue.of("10.0.0.7"));
        metadata.put("retries", JsonValue.of(0));
        metadata.put("x-trace", JsonNull.INSTANCE);
        Event<UserCreated> event = event(2, new UserCreated(entity(2),
                        "jos\u00e9.\u1ecd\u0300\u1e63\u1ecd\u0301@ex\u00e4mple.ng", QUOTES, CONTROLS, Role.ARTISAN),
                "users").withCorrelationId("req-7f3a").withMetadata(JsonObject.of(metadata));

        assertEncodesToGoldenLine(event);
    }

    @Test
    void shouldWriteLoneSurrogatesAsEscapesAndIndexKeysFirstAsNodeDoes() {
        JsonObject metadata = object("b", JsonValue.of(1), "10", JsonValue.of(2), "2", JsonValue.of(3));
        Event<UserUpdated> event = event(5, new UserUpdated(entity(2),
                List.of("firstName", "lastName", SEPARATORS, LONE_HIGH, "")), "users")
                .withCorrelationId("req-1").withMetadata(metadata);

        assertEncodesToGoldenLine(event);
    }

    @Test
    void shouldWriteNegativeZeroAsZeroAndFractionsAsNodeDoes() {
        JsonObject metadata = object("currency", JsonValue.of("NGN"), "discount", JsonValue.of(-2500.25),
                "negativeZero", JsonValue.of(-0.0), "negative", JsonValue.of(-7));
        Event<BookingConfirmed> event = event(13, new BookingConfirmed(entity(11), entity(1), entity(2),
                new BigDecimal("15000.50")), "transaction").withCorrelationId("req-2").withMetadata(metadata);

        assertThat(CODEC.encodeToString(event)).isEqualTo(golden(13));
    }

    @Test
    void shouldLeaveOutAnAbsentReasonAsNodeDoes() {
        Event<BookingCancelled> event = event(15, new BookingCancelled(entity(10), entity(1), entity(2),
                CancelledBy.CUSTOMER, Optional.empty()), "transaction");

        assertEncodesToGoldenLine(event);
        assertThat(golden(15)).doesNotContain("reason");
    }

    @Test
    void shouldWriteAmountsAndExponentsAsNodeDoes() {
        JsonObject metadata = object("gateway", JsonValue.of("paystack"), "fee", JsonValue.of(1.5e-7),
                "feeCap", JsonValue.of(2000), "rate", JsonValue.of(0.1 + 0.2));
        Event<PaymentReceived> event = event(22, new PaymentReceived(entity(41), entity(11), entity(1),
                new BigDecimal("123456789.123"), INVISIBLE), "transaction")
                .withCorrelationId("req-5").withMetadata(metadata);

        assertEncodesToGoldenLine(event);
    }

    @Test
    void shouldWriteTheSmallestAndLargestDoublesAsNodeDoes() {
        JsonObject metadata = object("tiny", JsonValue.of(Double.MIN_VALUE), "twoTiny", JsonValue.of(1e-323),
                "max", JsonValue.of(Double.MAX_VALUE));
        Event<EscrowFunded> event = event(27, new EscrowFunded(entity(51), entity(61), entity(1), entity(2),
                new BigDecimal("5e-324")), "transaction").withCorrelationId("req-7").withMetadata(metadata);

        assertEncodesToGoldenLine(event);
    }

    @Test
    void shouldEscapeOddMetadataKeysAsNodeDoes() {
        JsonObject metadata = object("", JsonValue.of("empty key"), "we\"ird\nkey\u0000", JsonValue.of(CONTROLS),
                "\ud800", JsonValue.of("lone surrogate key"));
        Event<EscrowReleased> event = event(29, new EscrowReleased(entity(50), entity(60), 2,
                new BigDecimal("99999.99"), entity(2)), "transaction").withCorrelationId("req-8").withMetadata(metadata);

        assertEncodesToGoldenLine(event);
    }

    @Test
    void shouldWriteOnlyThePresentOptionalAmountAsNodeDoes() {
        Event<DisputeResolved> event = event(35, new DisputeResolved(entity(71), entity(61), "customer",
                Optional.of(new BigDecimal("15000")), Optional.empty()), "transaction").withCorrelationId("req-10");

        assertEncodesToGoldenLine(event);
    }

    @Test
    void shouldOrderNestedDataMembersAsNodeDoes() {
        JsonObject deep = object("z", JsonValue.of(1), "a", JsonValue.of(2), "3", JsonValue.of("three"),
                "1", JsonValue.of("one"));
        JsonObject data = object("bookingId", JsonValue.of(entity(10)), "amount", JsonValue.of(15000.5),
                "flags", new JsonArray(List.of(JsonValue.of(true), JsonValue.of(false), JsonNull.INSTANCE)),
                "deep", deep);
        Event<NotificationSend> event = event(49, new NotificationSend(entity(2), NotificationType.SMS, CJK, CONTROLS,
                Optional.of(data)), "transaction").withCorrelationId("req-14")
                .withMetadata(object("priority", JsonValue.of("high")));

        assertEncodesToGoldenLine(event);
    }

    @Test
    void shouldWriteYearsBeforeZeroAsNodeDoes() {
        Instant yearMinusOne = ZonedDateTime.of(-1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).toInstant();
        Event<MessageSent> event = new Event<>(UUID.fromString(eventId(54)),
                new MessageSent(entity(96), entity(91), entity(1), entity(2)), yearMinusOne, "messaging",
                Optional.empty(), Optional.empty());

        assertEncodesToGoldenLine(event);
        assertThat(golden(54)).contains("\"timestamp\":\"-000001-01-01T00:00:00.000Z\"");
    }

    @Test
    void shouldReadTheGoldenEventIntoTheEventBuiltInJava() {
        Event<UserCreated> expected = event(3, new UserCreated(entity(3), "o'brien+tag@mail.example.com", CJK, EMOJI,
                Role.ADMIN), "users").withCorrelationId(entity(900));

        assertThat(CODEC.decode(golden(3))).isEqualTo(expected);
    }

    private static void assertEncodesToGoldenLine(Event<?> event) {
        String golden = GoldenFiles.eventWithId(event.id().toString());

        assertThat(CODEC.encodeToString(event)).isEqualTo(golden);
        assertThat(CODEC.decode(golden)).isEqualTo(event);
    }

    private static String golden(int eventNumber) {
        return GoldenFiles.eventWithId(eventId(eventNumber));
    }

    /** The event make-golden.mjs builds as its n-th: same id, same instant. */
    private static <P extends EventPayload> Event<P> event(int number, P payload, String source) {
        Instant timestamp = Instant.ofEpochMilli(BASE_MILLIS + number * 60_001L);
        return new Event<>(UUID.fromString(eventId(number)), payload, timestamp, source, Optional.empty(),
                Optional.empty());
    }

    private static final long BASE_MILLIS = Instant.parse("2026-11-26T19:22:40.123Z").toEpochMilli();

    private static String eventId(int number) {
        return String.format("6b6f7272-0000-4000-8000-%012x", number);
    }

    private static String entity(int number) {
        return String.format("6b6f7372-0000-4000-8000-%012x", number);
    }
}
