package ng.korrect.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import ng.korrect.catalog.payload.BookingCreated;
import ng.korrect.catalog.payload.DisputeEscalated;
import ng.korrect.catalog.payload.DisputeResolved;
import ng.korrect.catalog.payload.EscrowReleased;
import ng.korrect.catalog.payload.EventPayload;
import ng.korrect.catalog.payload.PaymentReceived;
import ng.korrect.catalog.payload.ReviewCreated;
import ng.korrect.catalog.payload.Role;
import ng.korrect.catalog.payload.UserCreated;
import ng.korrect.catalog.payload.UserUpdated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The codec refuses to put on the wire what a consumer would refuse to read. */
class EventEncodingTest {

    private static final EventCodec CODEC = EventCodec.create();
    private static final UUID ID = UUID.fromString("2d7a3b4c-9e5f-4a71-8cbd-2e3f4a5b6c7d");

    private static Event<EventPayload> event(EventPayload payload) {
        return new Event<>(ID, payload, CatalogSamples.TIMESTAMP, "transaction", Optional.empty(), Optional.empty());
    }

    static Stream<Arguments> invalidEvents() {
        return Stream.of(
                Arguments.of(event(new PaymentReceived("p-1", "b-1", "c-1", new BigDecimal("-1"), "ref")),
                        "payload.amount", "must be zero or more, was -1"),
                Arguments.of(event(new PaymentReceived("p-1", "b-1", "c-1", new BigDecimal("1e400"), "ref")),
                        "payload.amount", "must be a finite number"),
                Arguments.of(event(new DisputeResolved("d-1", "k-1", "split", Optional.of(BigDecimal.ONE),
                        Optional.of(new BigDecimal("-0.5")))), "payload.artisanPayment", "must be zero or more, was -0.5"),
                Arguments.of(event(new BookingCreated("  ", "c-1", "a-1", "p-1", "plumbing", "pending")),
                        "payload.bookingId", "must not be blank"),
                Arguments.of(event(new BookingCreated("b-1", "c-1", "", "p-1", "plumbing", "pending")),
                        "payload.artisanId", "must not be blank"),
                Arguments.of(event(new UserCreated("u-1", "ada", "Ada", "Obi", Role.CUSTOMER)),
                        "payload.email", "must be an email address, was 'ada'"),
                Arguments.of(event(new ReviewCreated("r-1", "p-1", "c-1", 9, "Great")),
                        "payload.rating", "must be between 1 and 5, was 9"),
                Arguments.of(event(new DisputeEscalated("d-1", "slow", -1)),
                        "payload.daysOpen", "must be 0 or more, was -1"),
                Arguments.of(event(new EscrowReleased("e-1", "k-1", -2, BigDecimal.TEN, "a-1")),
                        "payload.milestone", "must be 0 or more, was -2"),
                Arguments.of(new Event<>(ID, CatalogSamples.fullPayload(EventType.MESSAGE_SENT), CatalogSamples.TIMESTAMP,
                        " ", Optional.empty(), Optional.empty()), "source", "must not be blank"),
                Arguments.of(event(CatalogSamples.fullPayload(EventType.MESSAGE_SENT)).withCorrelationId(""),
                        "correlationId", "must not be blank"));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("invalidEvents")
    void shouldRefuseToEncodeAnInvalidEvent(Event<?> event, String path, String message) {
        InvalidEventException refusal = catchThrowableOfType(InvalidEventException.class, () -> CODEC.encode(event));

        assertThat(refusal).isNotNull();
        assertThat(refusal.problems()).containsExactly(new Problem(path, message));
        assertThat(refusal.eventId()).contains(ID.toString());
        assertThat(refusal.eventType()).contains(event.type().wireName());
        assertThat(refusal).hasMessageContaining(event.type().wireName()).hasMessageContaining(ID.toString());
        assertThat(CODEC.problemsOf(event)).containsExactly(new Problem(path, message));
    }

    @Test
    void shouldReportEveryProblemOfAnEventAtOnce() {
        Event<EventPayload> event = new Event<>(ID, new ReviewCreated("", "p-1", " ", 0, "t"), CatalogSamples.TIMESTAMP,
                "", Optional.of(" "), Optional.empty());

        InvalidEventException refusal = catchThrowableOfType(InvalidEventException.class, () -> CODEC.encode(event));

        assertThat(refusal.problems()).extracting(Problem::path).containsExactlyInAnyOrder(
                "source", "correlationId", "payload.reviewId", "payload.customerId", "payload.rating");
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void shouldFindNoProblemInAValidEventOfAnyType(EventType type) {
        assertThat(CODEC.problemsOf(CatalogSamples.fullEvent(type))).isEmpty();
        assertThat(CODEC.problemsOf(CatalogSamples.plainEvent(type))).isEmpty();
    }

    @Test
    void shouldAcceptTheEdgesOfEveryRange() {
        List<EventPayload> edges = List.of(
                new ReviewCreated("r-1", "p-1", "c-1", 1, ""),
                new ReviewCreated("r-1", "p-1", "c-1", 5, ""),
                new DisputeEscalated("d-1", "", 0),
                new EscrowReleased("e-1", "k-1", 0, BigDecimal.ZERO, "a-1"),
                new PaymentReceived("p-1", "b-1", "c-1", new BigDecimal("1.7976931348623157e308"), ""),
                new UserUpdated("u-1", List.of("")));

        assertThat(edges).allSatisfy(payload -> assertThat(CODEC.problemsOf(event(payload))).isEmpty());
    }

    @Test
    void shouldFormatATimestampAsTheEnvelopeWritesIt() {
        Instant timestamp = Instant.parse("2026-11-26T19:22:40.123999Z");

        String formatted = EventCodec.formatTimestamp(timestamp);

        assertThat(formatted).isEqualTo("2026-11-26T19:22:40.123Z");
        assertThat(CODEC.encodeToString(new Event<EventPayload>(ID, CatalogSamples.fullPayload(EventType.MESSAGE_SENT),
                timestamp, "messaging", Optional.empty(), Optional.empty())))
                .contains("\"timestamp\":\"" + formatted + "\"");
    }
}
