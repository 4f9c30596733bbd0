package ng.korrect.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import ng.korrect.catalog.json.JsonObject;
import ng.korrect.catalog.payload.BookingCancelled;
import ng.korrect.catalog.payload.CancelledBy;
import ng.korrect.catalog.payload.DisputeResolved;
import ng.korrect.catalog.payload.EventPayload;
import ng.korrect.catalog.payload.NotificationSend;
import ng.korrect.catalog.payload.NotificationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every event type survives a trip through the codec, in the layout the Node.js services write. */
class EventCodecRoundTripTest {

    private static final EventCodec CODEC = EventCodec.create();
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @EnumSource(EventType.class)
    void shouldRoundTripAValidEventOfEveryType(EventType type) {
        Event<EventPayload> event = CatalogSamples.fullEvent(type);

        Event<?> decoded = CODEC.decode(CODEC.encode(event));

        assertThat(decoded).isEqualTo(event);
        assertThat(decoded.type()).isEqualTo(type);
        assertThat(decoded.payload()).isInstanceOf(type.payloadType());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void shouldRoundTripAnEventWithoutCorrelationIdAndMetadata(EventType type) throws Exception {
        Event<EventPayload> event = CatalogSamples.plainEvent(type);

        byte[] wire = CODEC.encode(event);

        assertThat(CODEC.decode(wire)).isEqualTo(event);
        assertThat(fieldNames(JSON.readTree(wire))).containsExactly("id", "type", "payload", "timestamp", "source");
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void shouldWriteTheEnvelopeAndPayloadKeysInCatalogOrder(EventType type) throws Exception {
        JsonNode wire = JSON.readTree(CODEC.encode(CatalogSamples.fullEvent(type)));

        assertThat(fieldNames(wire))
                .containsExactly("id", "type", "payload", "timestamp", "source", "correlationId", "metadata");
        assertThat(fieldNames(wire.get("payload")))
                .containsExactlyElementsOf(type.fields().stream().map(PayloadField::name).toList());
        assertThat(wire.get("type").asText()).isEqualTo(type.wireName());
        assertThat(wire.get("timestamp").asText()).isEqualTo("2026-11-26T19:22:40.123Z");
        assertThat(wire.get("source").asText()).isEqualTo(type.producers().get(0).wireName());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void shouldReadAPayloadThatComesBeforeItsType(EventType type) throws Exception {
        Event<EventPayload> event = CatalogSamples.fullEvent(type);
        ObjectNode original = (ObjectNode) JSON.readTree(CODEC.encode(event));
        ObjectNode payloadFirst = JSON.createObjectNode();
        payloadFirst.set("payload", original.get("payload"));
        original.properties().forEach(member -> payloadFirst.set(member.getKey(), member.getValue()));

        Event<?> decoded = CODEC.decode(JSON.writeValueAsString(payloadFirst));

        assertThat(fieldNames(payloadFirst).get(0)).isEqualTo("payload");
        assertThat(decoded).isEqualTo(event);
    }

    @Test
    void shouldLeaveOutEveryAbsentOptionalField() {
        List<EventPayload> payloads = List.of(
                new BookingCancelled("b-1", "c-1", "a-1", CancelledBy.CUSTOMER, Optional.empty()),
                new DisputeResolved("d-1", "k-1", "dismissed", Optional.empty(), Optional.empty()),
                new NotificationSend("u-1", NotificationType.PUSH, "t", "b", Optional.empty()));

        for (EventPayload payload : payloads) {
            Event<EventPayload> event = new Event<>(UUID.randomUUID(), payload, CatalogSamples.TIMESTAMP, "platform",
                    Optional.empty(), Optional.empty());
            String wire = CODEC.encodeToString(event);

            assertThat(wire).doesNotContain("reason", "customerRefund", "artisanPayment", "data", "null");
            assertThat(CODEC.decode(wire)).isEqualTo(event);
        }
    }

    @Test
    void shouldWriteEmptyMetadataAsAnEmptyObject() {
        Event<EventPayload> event = CatalogSamples.plainEvent(EventType.MESSAGE_SENT)
                .withMetadata(JsonObject.empty());

        String wire = CODEC.encodeToString(event);

        assertThat(wire).endsWith(",\"source\":\"messaging\",\"metadata\":{}}");
        assertThat(CODEC.decode(wire)).isEqualTo(event);
    }

    @Test
    void shouldDecodeBytesAndTextAlike() {
        Event<EventPayload> event = CatalogSamples.fullEvent(EventType.NOTIFICATION_SEND);
        String wire = CODEC.encodeToString(event);

        assertThat(CODEC.decode(wire)).isEqualTo(CODEC.decode(wire.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(event);
    }

    private static List<String> fieldNames(JsonNode node) {
        return node.properties().stream().map(Map.Entry::getKey).toList();
    }
}
