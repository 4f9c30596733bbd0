package ng.korrect.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.EventCodec;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.json.JsonObject;
import ng.korrect.catalog.json.JsonString;
import ng.korrect.catalog.payload.BookingCreated;
import org.junit.jupiter.api.Test;

class EnvelopeFactoryTest {

    private static final Instant NOW = Instant.parse("2026-11-26T19:23:40.124987Z");
    private static final UUID FIRST = UUID.fromString("6b6f7272-0000-4000-8000-000000000001");
    private static final UUID SECOND = UUID.fromString("6b6f7272-0000-4000-8000-000000000002");

    private final EnvelopeFactory envelopes = EnvelopeFactory.of("transaction", Clock.fixed(NOW, ZoneOffset.UTC),
            ids(FIRST, SECOND));

    @Test
    void shouldMintTheEnvelopeOfTheNextIdTheClocksMillisecondAndTheSource() {
        Event<BookingCreated> event = envelopes.envelope(Samples.bookingCreated(1), PublishOptions.none());

        assertThat(event).isEqualTo(new Event<>(FIRST, Samples.bookingCreated(1), Instant.parse("2026-11-26T19:23:40.124Z"),
                "transaction", Optional.empty(), Optional.empty()));
        assertThat(EventCodec.create().encodeToString(event)).isEqualTo("{\"id\":\"6b6f7272-0000-4000-8000-000000000001\","
                + "\"type\":\"booking.created\",\"payload\":{\"bookingId\":\"booking-1\",\"customerId\":\"customer-1\","
                + "\"artisanId\":\"artisan-1\",\"artisanProfileId\":\"profile-1\",\"service\":\"Plumbing: fix kitchen sink leak\","
                + "\"status\":\"pending\"},\"timestamp\":\"2026-11-26T19:23:40.124Z\",\"source\":\"transaction\"}");
        assertThat(envelopes.envelope(Samples.bookingCreated(2)).id()).as("each envelope takes the next id").isEqualTo(SECOND);
    }

    @Test
    void shouldCarryTheCorrelationIdAndMetadataOfTheOptions() {
        JsonObject metadata = JsonObject.of(Map.of("channel", new JsonString("app")));

        Event<BookingCreated> event = envelopes.envelope(Samples.bookingCreated(1),
                PublishOptions.correlatedWith("request-7").withMetadata(metadata));

        assertThat(event.correlationId()).contains("request-7");
        assertThat(event.metadata()).contains(metadata);
        assertThat(EventCodec.create().encodeToString(event))
                .endsWith(",\"source\":\"transaction\",\"correlationId\":\"request-7\",\"metadata\":{\"channel\":\"app\"}}");
    }

    @Test
    void shouldMintRandomIdsAtTheSystemClocksTimeByDefault() {
        Instant before = Instant.now().minusMillis(1);

        Event<BookingCreated> first = EnvelopeFactory.of(ServiceName.TRANSACTION).envelope(Samples.bookingCreated(1));
        Event<BookingCreated> second = EnvelopeFactory.of(ServiceName.TRANSACTION).envelope(Samples.bookingCreated(1));

        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(first.id().version()).isEqualTo(4);
        assertThat(first.source()).isEqualTo("transaction");
        assertThat(first.timestamp()).isBetween(before, Instant.now().plus(Duration.ofMillis(1)));
        assertThat(first.correlationId()).isEmpty();
        assertThat(first.metadata()).isEmpty();
    }

    @Test
    void shouldRefuseABlankSource() {
        assertThatThrownBy(() -> EnvelopeFactory.of(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("source");
    }

    private static java.util.function.Supplier<UUID> ids(UUID... ids) {
        Iterator<UUID> next = List.of(ids).iterator();
        return next::next;
    }
}
