package ng.korrect.catalog.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import ng.korrect.catalog.EventCodec;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.FieldKind;
import ng.korrect.catalog.PayloadField;
import ng.korrect.catalog.fixture.SampleEvents;
import ng.korrect.catalog.fixture.SchemaValidation;

/**
 * Envelopes on the edge of validity, made by changing one member of a full sample event: the ones that
 * the schemas and the decoder must both reject, and the unusual ones they must both accept. Written as
 * ASCII JSON, so that lone surrogates survive as escapes.
 */
final class EnvelopeCases {

    private static final EventCodec CODEC = EventCodec.create();
    private static final ObjectMapper ASCII_JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private EnvelopeCases() {
    }

    // ---- invalid events: the schema and the decoder must both reject each ----

    /** Events that the schema of their type and the decoder must both reject. */
    static Stream<Case> invalidEvents() {
        return Stream.of(
                missingPayloadFields(),
                payloadFieldsOfTheWrongJsonType(),
                missingEnvelopeMembers(),
                malformedEnvelopes(),
                valuesOutsideClosedSets(),
                blankIdentifiers(),
                negativeOrInfiniteAmounts(),
                integersOutOfRange(),
                badEmails(),
                badLists(),
                badFreeFormObjects(),
                malformedIds(),
                malformedTimestamps()).flatMap(cases -> cases);
    }

    private static Stream<Case> missingPayloadFields() {
        return Arrays.stream(EventType.values()).flatMap(type -> type.fields().stream()
                .filter(PayloadField::required)
                .map(field -> change("missing payload." + field.name() + " of " + type, type,
                        envelope -> payload(envelope).remove(field.name()))));
    }

    private static Stream<Case> payloadFieldsOfTheWrongJsonType() {
        return Arrays.stream(EventType.values()).flatMap(type -> type.fields().stream()
                .flatMap(field -> wrongJsonValues(field).stream()
                        .map(value -> payloadValue(type, field.name(), value))));
    }

    private static List<String> wrongJsonValues(PayloadField field) {
        List<String> values = new ArrayList<>(switch (field.kind()) {
            case STRING, IDENTIFIER, EMAIL, CHOICE -> List.of("42", "true", "[]", "{}");
            case AMOUNT, INTEGER, NUMBER -> List.of("\"42\"", "true", "[1]", "{}");
            case STRING_LIST -> List.of("\"firstName\"", "{}", "[1]", "[null]", "[\"a\",[]]");
            case OBJECT -> List.of("[]", "\"x\"", "1", "false");
        });
        if (field.required()) {
            values.add("null");
        }
        return values;
    }

    private static Stream<Case> missingEnvelopeMembers() {
        return Arrays.stream(EventType.values()).flatMap(type -> Stream.of("id", "type", "payload", "timestamp", "source")
                .map(member -> change("missing " + member + " of " + type, type, envelope -> envelope.remove(member))));
    }

    private static Stream<Case> malformedEnvelopes() {
        EventType type = EventType.BOOKING_CREATED;
        return Stream.of(
                envelopeValue(type, "id", "42"),
                envelopeValue(type, "type", "null"),
                envelopeValue(type, "type", "\"user.created\""),
                envelopeValue(type, "type", "\"booking.exploded\""),
                envelopeValue(type, "type", "\"\""),
                envelopeValue(type, "payload", "\"bkg_2001\""),
                envelopeValue(type, "payload", "[]"),
                envelopeValue(type, "payload", "null"),
                envelopeValue(type, "timestamp", "1764184960123"),
                envelopeValue(type, "source", "7"),
                envelopeValue(type, "source", "\"\""),
                envelopeValue(type, "source", "\" \\t\\n\""),
                envelopeValue(type, "source", "\"\\u2003\""),
                envelopeValue(type, "correlationId", "42"),
                envelopeValue(type, "correlationId", "\"\""),
                envelopeValue(type, "correlationId", "\"   \""),
                envelopeValue(type, "metadata", "\"x\""),
                envelopeValue(type, "metadata", "1"),
                envelopeValue(type, "metadata", "[]"),
                envelopeValue(type, "metadata", "true"),
                new Case("an array instead of an envelope", type, "[" + CODEC.encodeToString(SampleEvents.full(type)) + "]"));
    }

    private static Stream<Case> valuesOutsideClosedSets() {
        return Stream.of(
                payloadValue(EventType.USER_CREATED, "role", "\"superuser\""),
                payloadValue(EventType.USER_CREATED, "role", "\"Admin\""),
                payloadValue(EventType.USER_CREATED, "role", "\"\""),
                payloadValue(EventType.USER_CREATED, "role", "\"customer \""),
                payloadValue(EventType.BOOKING_CANCELLED, "cancelledBy", "\"system\""),
                payloadValue(EventType.BOOKING_CANCELLED, "cancelledBy", "\"CUSTOMER\""),
                payloadValue(EventType.NOTIFICATION_SEND, "type", "\"fax\""),
                payloadValue(EventType.NOTIFICATION_SEND, "type", "\"e-mail\""));
    }

    private static Stream<Case> blankIdentifiers() {
        List<String> blanks = List.of("\"\"", "\" \"", "\"\\t\\n\\r\"", "\"\\u2003\"", "\"\\u3000\"", "\"\\u001c\"",
                "\"\\u2028 \\u2029\"", "\"\\u000b\\f\"");
        return Arrays.stream(EventType.values()).flatMap(type -> type.fields().stream()
                .filter(field -> field.kind() == FieldKind.IDENTIFIER)
                .flatMap(field -> blanks.stream().map(blank -> payloadValue(type, field.name(), blank))));
    }

    private static Stream<Case> negativeOrInfiniteAmounts() {
        return Arrays.stream(EventType.values()).flatMap(type -> type.fields().stream()
                .filter(field -> field.kind() == FieldKind.AMOUNT)
                .flatMap(field -> Stream.of("-1", "-0.01", "-1e-300", "-1.7976931348623157e308", "1e999", "-1e999")
                        .map(amount -> payloadValue(type, field.name(), amount))));
    }

    private static Stream<Case> integersOutOfRange() {
        return Stream.of(
                payloadValue(EventType.REVIEW_CREATED, "rating", "0"),
                payloadValue(EventType.REVIEW_CREATED, "rating", "6"),
                payloadValue(EventType.REVIEW_CREATED, "rating", "-1"),
                payloadValue(EventType.REVIEW_CREATED, "rating", "5.01"),
                payloadValue(EventType.REVIEW_CREATED, "rating", "1e999"),
                payloadValue(EventType.DISPUTE_ESCALATED, "daysOpen", "-1"),
                payloadValue(EventType.DISPUTE_ESCALATED, "daysOpen", "2147483648"),
                payloadValue(EventType.DISPUTE_ESCALATED, "daysOpen", "1e10"),
                payloadValue(EventType.DISPUTE_ESCALATED, "daysOpen", "0.5"),
                payloadValue(EventType.DISPUTE_ESCALATED, "daysOpen", "99999999999999999999999"),
                payloadValue(EventType.ESCROW_RELEASED, "milestone", "-1"),
                payloadValue(EventType.ESCROW_RELEASED, "milestone", "-2147483649"));
    }

    private static Stream<Case> badEmails() {
        List<String> emails = List.of("\"ada\"", "\"ada@\"", "\"@example.ng\"", "\"ada@example\"",
                "\"ada @example.ng\"", "\"ada@@example.ng\"", "\"ada@exa@mple.ng\"", "\"ada@example.\"",
                "\"ada@.ng\"", "\"\"", "\"ada@example.ng\\n\"", "\"ada@example.ng\\r\\n\"", "\"\\nada@example.ng\"",
                "\"ada@exam\\tple.ng\"", "\"ada@example.n\\u000bg\"", "\"ada@example.ng \"");
        return Arrays.stream(EventType.values()).flatMap(type -> type.fields().stream()
                .filter(field -> field.kind() == FieldKind.EMAIL)
                .flatMap(field -> emails.stream().map(email -> payloadValue(type, field.name(), email))));
    }

    private static Stream<Case> badLists() {
        return Stream.of(
                payloadValue(EventType.USER_UPDATED, "changes", "[\"firstName\",null]"),
                payloadValue(EventType.USER_UPDATED, "changes", "[\"firstName\",{}]"));
    }

    private static Stream<Case> badFreeFormObjects() {
        return Stream.of(
                envelopeValue(EventType.USER_CREATED, "metadata", "{\"retries\":1e999}"),
                envelopeValue(EventType.USER_CREATED, "metadata", "{\"nested\":{\"deeper\":[1,2,-1e400]}}"),
                payloadValue(EventType.NOTIFICATION_SEND, "data", "{\"amount\":1e999}"),
                payloadValue(EventType.NOTIFICATION_SEND, "data", "{\"list\":[[{\"x\":-2e308}]]}"));
    }

    private static Stream<Case> malformedIds() {
        String uuid = "\"5f0c3b8e-2d1a-4c7b-9e6f-0a1b2c3d4e5f";
        return Stream.of("\"\"", "\"not-a-uuid\"", "\"5f0c3b8e2d1a4c7b9e6f0a1b2c3d4e5f\"",
                        "\"{5f0c3b8e-2d1a-4c7b-9e6f-0a1b2c3d4e5f}\"", uuid + "\\n\"", uuid + " \"", uuid + "0\"",
                        "\"5f0c3b8e-2d1a-4c7b-9e6f-0a1b2c3d4e5g\"", "\"5f0c3b8e-2d1a-4c7b-9e6f_0a1b2c3d4e5f\"",
                        "\"5f0c3b8e-2d1a-4c7b-9e6f-0a1b2c3d4e5\"", "\"urn:uuid:5f0c3b8e-2d1a-4c7b-9e6f-0a1b2c3d4e5f\"",
                        "\"\\uff15f0c3b8e-2d1a-4c7b-9e6f-0a1b2c3d4e5\"")
                .map(id -> envelopeValue(EventType.MESSAGE_SENT, "id", id));
    }

    private static Stream<Case> malformedTimestamps() {
        return Stream.of("\"\"", "\"yesterday\"", "\"2026-11-26\"", "\"2026-11-26T19:22:40\"",
                        "\"2026-11-26T19:22:40.123\"", "\"2026-13-01T00:00:00.000Z\"", "\"2026-00-10T00:00:00.000Z\"",
                        "\"2026-11-00T00:00:00.000Z\"", "\"2026-11-31T00:00:00.000Z\"", "\"2026-02-29T00:00:00.000Z\"",
                        "\"1900-02-29T00:00:00Z\"", "\"2026-04-31T00:00Z\"", "\"2026-11-26T24:00:00.000Z\"",
                        "\"2026-11-26T23:60Z\"", "\"2026-11-26T23:59:60Z\"", "\"2026-11-26 19:22:40Z\"",
                        "\"2026-11-26T19:22:40.1234567891Z\"", "\"2026-11-26T19:22:40+0100\"",
                        "\"2026-11-26T19:22:40+19:00\"", "\"2026-11-26T19:22:40+18:00:01\"", "\"2026-11-26T19:22:40+1\"",
                        "\"2026-11-26T19:22:40.123Z\\n\"", "\" 2026-11-26T19:22:40.123Z\"",
                        "\"+2026-11-26T19:22:40Z\"", "\"12026-11-26T19:22:40Z\"", "\"-0000-01-01T00:00Z\"",
                        "\"+1000000000-01-01T00:00Z\"", "\"2026-11-26T19:22:40,123Z\"", "\"2026-11-26T19:22\"",
                        "\"2026-11-26T19:22:40.123ZZ\"", "\"2026-1-26T19:22:40Z\"", "\"\\uff12026-11-26T19:22:40Z\"")
                .map(timestamp -> envelopeValue(EventType.PAYMENT_RECEIVED, "timestamp", timestamp));
    }

    // ---- unusual events that are valid: the schema and the decoder must both accept each ----

    /** Unusual events that the schema of their type and the decoder must both accept. */
    static Stream<Case> validEdgeCases() {
        return Stream.of(
                nullOptionalMembers(),
                unknownMembers(),
                unusualNumbers(),
                unusualIdentifiers(),
                unusualEmails(),
                unusualTimestamps()).flatMap(cases -> cases);
    }

    private static Stream<Case> nullOptionalMembers() {
        Stream<Case> envelope = Stream.of(
                envelopeValue(EventType.USER_CREATED, "correlationId", "null"),
                envelopeValue(EventType.USER_CREATED, "metadata", "null"));
        Stream<Case> payload = Arrays.stream(EventType.values()).flatMap(type -> type.fields().stream()
                .filter(field -> !field.required())
                .map(field -> payloadValue(type, field.name(), "null")));
        return Stream.concat(envelope, payload);
    }

    private static Stream<Case> unknownMembers() {
        return Stream.of(
                change("unknown payload field", EventType.USER_CREATED,
                        envelope -> payload(envelope).set("nickname", json("{\"deep\":[1e999]}"))),
                change("unknown envelope member", EventType.USER_CREATED,
                        envelope -> envelope.set("version", json("[2,{\"x\":null}]"))),
                envelopeValue(EventType.USER_CREATED, "metadata", "{}"),
                envelopeValue(EventType.USER_CREATED, "metadata",
                        "{\"0\":1,\"b\":[1.7976931348623157e308,-5e-324,{\"c\":{}}],\"\":null}"),
                payloadValue(EventType.NOTIFICATION_SEND, "data", "{}"));
    }

    private static Stream<Case> unusualNumbers() {
        Stream<Case> amounts = Stream.of("0", "-0", "0.0", "1e-7", "5e-324", "1e21", "1.7976931348623157e308",
                        "12345678901234567890")
                .map(amount -> payloadValue(EventType.PAYMENT_RECEIVED, "amount", amount));
        Stream<Case> integers = Stream.of(
                payloadValue(EventType.REVIEW_CREATED, "rating", "5.0"),
                payloadValue(EventType.REVIEW_CREATED, "rating", "1e0"),
                payloadValue(EventType.REVIEW_CREATED, "rating", "0.5e1"),
                payloadValue(EventType.DISPUTE_ESCALATED, "daysOpen", "0"),
                payloadValue(EventType.DISPUTE_ESCALATED, "daysOpen", "2147483647"),
                payloadValue(EventType.ESCROW_RELEASED, "milestone", "-0"));
        return Stream.concat(amounts, integers);
    }

    private static Stream<Case> unusualIdentifiers() {
        return Stream.of("\"x\"", "\" x \"", "\"\\u00a0\"", "\"\\u2007\"", "\"\\u202f\"", "\"\\u200b\"", "\"\\ufeff\"",
                        "\"\\u0085\"", "\"\\u180e\"", "\"\\ud800\"", "\"\\udfff\"", "\"\\u0000\"", "\"\\u007f\"",
                        "\"\\ud83d\\ude00\"")
                .map(id -> payloadValue(EventType.MESSAGE_SENT, "senderId", id));
    }

    private static Stream<Case> unusualEmails() {
        return Stream.of("\"a@b.c\"", "\"ádá@exämple.ng\"", "\"a\\u00a0b@c.d\"", "\"a\\u2003b@c.d\"",
                        "\"a@b.c\\u2028\"", "\"a@b.c\\u0085\"", "\"a@b..c\"", "\"a.b@c.d.e\"", "\"\\ud800@\\udc00.x\"",
                        "\"\\\"q\\\"@b.c\"", "\"😀@😀.😀\"")
                .map(email -> payloadValue(EventType.USER_DELETED, "email", email));
    }

    private static Stream<Case> unusualTimestamps() {
        return Stream.of("\"2026-11-26T19:22:40Z\"", "\"2026-11-26T19:22Z\"", "\"2026-11-26T19:22:40.1Z\"",
                        "\"2026-11-26T19:22:40.123456789+01:00\"", "\"2026-11-26t19:22:40.123z\"",
                        "\"+012026-11-26T19:22:40.000Z\"", "\"+275760-09-13T00:00:00.000Z\"",
                        "\"-271821-04-20T00:00:00.000Z\"", "\"-000001-01-01T00:00:00.000Z\"",
                        "\"0000-01-01T00:00:00.000Z\"", "\"2024-02-29T00:00:00.000Z\"", "\"2000-02-29T23:59:59.999Z\"",
                        "\"-0004-02-29T00:00Z\"", "\"2026-11-26T19:22:40+18:00\"", "\"2026-11-26T19:22:40-00:30:15\"",
                        "\"2026-11-26T19:22:40+05\"", "\"2026-11-26T19:22:40.Z\"", "\"+999999999-12-31T23:59:59Z\"",
                        "\"2026-11-26T19:22:40-17:59:59\"")
                .map(timestamp -> envelopeValue(EventType.PAYMENT_RECEIVED, "timestamp", timestamp));
    }

    // ---- building cases ----

    /** A named wire text, read by the schema of a type. */
    record Case(String name, EventType type, String wire) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case payloadValue(EventType type, String field, String jsonValue) {
        return change(type + " payload." + field + " = " + jsonValue, type,
                envelope -> payload(envelope).set(field, json(jsonValue)));
    }

    static Case envelopeValue(EventType type, String member, String jsonValue) {
        return change(type + " " + member + " = " + jsonValue, type, envelope -> envelope.set(member, json(jsonValue)));
    }

    /** The full sample of the type, changed. */
    static Case change(String name, EventType type, Consumer<ObjectNode> change) {
        ObjectNode envelope = (ObjectNode) SchemaValidation.parse(CODEC.encodeToString(SampleEvents.full(type)));
        change.accept(envelope);
        try {
            return new Case(name, type, ASCII_JSON.writeValueAsString(envelope));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode payload(ObjectNode envelope) {
        return (ObjectNode) envelope.get("payload");
    }

    private static JsonNode json(String text) {
        return SchemaValidation.parse(text);
    }
}
