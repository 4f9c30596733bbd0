package ng.korrect.catalog.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ng.korrect.catalog.CodecOptions;
import ng.korrect.catalog.EventCodec;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.InvalidEventException;
import ng.korrect.catalog.PayloadField;
import ng.korrect.catalog.fixture.SampleEvents;
import ng.korrect.catalog.fixture.SchemaValidation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated JSON Schemas agree with the codec: each accepts the events of its type that the
 * decoder accepts and rejects the ones it rejects, as far as JSON Schema can say it. Checked with
 * networknt's draft 2020-12 validator against samples, hand-made invalid events, and the golden
 * files that the Node.js services produce, when they are present.
 */
class EventSchemasTest {

    private static final EventCodec CODEC = EventCodec.create();
    private static final String GOLDEN_EVENTS = "/golden/events.jsonl";
    private static final String GOLDEN_INVALID_EVENTS = "/golden/invalid-events.jsonl";

    @ParameterizedTest
    @EnumSource(EventType.class)
    void shouldAcceptEveryValidSampleOfItsType(EventType type) {
        assertThat(SchemaValidation.problems(type, CODEC.encode(SampleEvents.minimal(type)))).isEmpty();
        assertThat(SchemaValidation.problems(type, CODEC.encode(SampleEvents.full(type)))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void shouldRejectTheEventsOfEveryOtherType(EventType type) {
        for (EventType other : EventType.values()) {
            if (other != type) {
                assertThat(SchemaValidation.problems(type, CODEC.encode(SampleEvents.full(other))))
                        .as("%s read by the schema of %s", other, type)
                        .anySatisfy(problem -> assertThat(problem.getInstanceLocation().toString()).isEqualTo("$.type"));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ng.korrect.catalog.schema.EnvelopeCases#invalidEvents")
    void shouldRejectEveryInvalidEventAsTheDecoderDoes(EnvelopeCases.Case invalid) {
        assertThat(SchemaValidation.problems(invalid.type(), invalid.wire()))
                .as("what the schema of %s finds wrong with %s", invalid.type(), invalid.wire())
                .isNotEmpty();
        assertThatThrownBy(() -> CODEC.decode(invalid.wire()))
                .as("the decoder reading %s", invalid.wire())
                .isInstanceOf(InvalidEventException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ng.korrect.catalog.schema.EnvelopeCases#validEdgeCases")
    void shouldAcceptEveryUnusualButValidEventAsTheDecoderDoes(EnvelopeCases.Case valid) {
        assertThat(CODEC.decode(valid.wire())).as("the decoder reading %s", valid.wire()).isNotNull();
        assertThat(SchemaValidation.problems(valid.type(), valid.wire()))
                .as("what the schema of %s finds wrong with %s", valid.type(), valid.wire())
                .isEmpty();
    }

    @Test
    void shouldAcceptEveryGoldenEventWrittenByTheNodeServices() {
        List<String> lines = goldenLines(GOLDEN_EVENTS);
        List<String> failures = new ArrayList<>();
        for (String line : lines) {
            JsonNode wire = SchemaValidation.parse(line);
            if (wire.path("wire").isTextual() && !wire.has("type")) {
                wire = SchemaValidation.parse(wire.get("wire").asText());
            }
            Optional<EventType> type = EventType.fromWireName(wire.path("type").asText());
            if (type.isEmpty()) {
                failures.add("no catalog type: " + line);
                continue;
            }
            Set<ValidationMessage> problems = SchemaValidation.problems(type.get(), wire);
            if (!problems.isEmpty()) {
                failures.add(problems + " in " + line);
            }
        }
        assertThat(lines).isNotEmpty();
        assertThat(failures).as("golden events the schemas reject").isEmpty();
    }

    @Test
    void shouldRejectEveryGoldenInvalidEventThatJsonSchemaCanExpress() {
        List<String> lines = goldenLines(GOLDEN_INVALID_EVENTS);
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String line : lines) {
            JsonNode golden = SchemaValidation.parse(line);
            String wire = golden.path("wire").asText();
            Optional<EventType> type = typeOfJsonObject(wire);
            if (type.isEmpty() || !expressibleInJsonSchema(wire)) {
                continue;
            }
            checked++;
            if (SchemaValidation.problems(type.get(), wire).isEmpty()) {
                failures.add(golden.path("case").asText() + " " + golden.path("paths") + ": " + wire);
            }
        }
        assertThat(checked).as("golden invalid events that JSON Schema can judge").isPositive();
        assertThat(failures).as("golden invalid events the schemas accept").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void shouldGenerateSchemasThatAreValidDraft202012Schemas(EventType type) {
        ObjectNode schema = EventSchemas.of(type);

        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(SchemaValidation.metaSchemaProblems(schema)).isEmpty();
    }

    @Test
    void shouldFindTheMistakesOfAnInvalidSchemaWithTheMetaSchema() {
        JsonNode broken = SchemaValidation.parse("{\"type\":\"strin\",\"minimum\":\"0\",\"required\":[1]}");

        assertThat(SchemaValidation.metaSchemaProblems(broken)).hasSizeGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void shouldRequireEveryRequiredPayloadFieldAndAllowNullForOptionalOnes(EventType type) {
        JsonNode payload = EventSchemas.of(type).path("properties").path("payload");
        List<String> required = new ArrayList<>();
        payload.path("required").forEach(name -> required.add(name.asText()));

        assertThat(required).containsExactlyElementsOf(
                type.fields().stream().filter(PayloadField::required).map(PayloadField::name).toList());
        assertThat(payload.path("properties").properties()).extracting(Map.Entry::getKey)
                .containsExactlyElementsOf(type.fields().stream().map(PayloadField::name).toList());
        for (PayloadField field : type.fields()) {
            JsonNode jsonType = payload.path("properties").path(field.name()).path("type");
            assertThat(jsonType.isArray() && jsonType.toString().contains("\"null\""))
                    .as("payload.%s of %s may be null", field.name(), type)
                    .isEqualTo(!field.required());
        }
    }

    // ---- golden files ----

    private static List<String> goldenLines(String resource) {
        URL url = EventSchemasTest.class.getResource(resource);
        assumeTrue(url != null, resource + " is not there yet: it comes from the Node.js services");
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The catalog type that the wire names, when the wire is a JSON object with one. */
    private static Optional<EventType> typeOfJsonObject(String wire) {
        try {
            JsonNode envelope = SchemaValidation.parse(wire);
            return envelope.isObject() ? EventType.fromWireName(envelope.path("type").asText()) : Optional.empty();
        } catch (UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether JSON Schema can say what is wrong with the wire. It cannot say that the envelope is
     * too large, nests too deep, or repeats a key: a schema sees the parsed value, not the text.
     */
    private static boolean expressibleInJsonSchema(String wire) {
        if (wire.getBytes(StandardCharsets.UTF_8).length > CodecOptions.DEFAULT_MAX_ENVELOPE_BYTES
                || !SchemaValidation.hasNoDuplicateKeys(wire)) {
            return false;
        }
        try {
            CODEC.decode(wire);
            return true;
        } catch (InvalidEventException e) {
            return e.problems().stream().noneMatch(problem -> problem.message().contains("nesting depth"));
        }
    }
}
