package ng.korrect.catalog.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ng.korrect.catalog.EventCodec;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.Reaction;
import ng.korrect.catalog.fixture.SampleEvents;
import ng.korrect.catalog.fixture.SchemaValidation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The AsyncAPI document describes every stream, message and operation of the registry, no more. */
class AsyncApiDocumentTest {

    private static final ObjectNode DOCUMENT = AsyncApiDocument.generate();
    private static final EventCodec CODEC = EventCodec.create();

    @Test
    void shouldDeclareAsyncApi300() {
        assertThat(DOCUMENT.path("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(DOCUMENT.path("info").path("title").asText()).isNotBlank();
        assertThat(DOCUMENT.path("info").path("version").asText()).isNotBlank();
    }

    @Test
    void shouldHaveOneChannelPerEventTypeAddressedByItsStreamKey() {
        JsonNode channels = DOCUMENT.path("channels");

        assertThat(channels.size()).isEqualTo(EventType.values().length);
        for (EventType type : EventType.values()) {
            JsonNode channel = channels.path(type.wireName());
            assertThat(channel.path("address").asText()).as("address of %s", type).isEqualTo(type.streamKey());
            assertThat(channel.path("messages").size()).isEqualTo(1);
            assertThat(resolve(channel.path("messages").path(type.wireName()).path("$ref").asText()))
                    .isSameAs(DOCUMENT.path("components").path("messages").path(type.wireName()));
        }
    }

    @Test
    void shouldHaveOneMessagePerEventTypeCarryingTheSchemaOfItsEnvelope() {
        JsonNode messages = DOCUMENT.path("components").path("messages");

        assertThat(messages.size()).isEqualTo(EventType.values().length);
        for (EventType type : EventType.values()) {
            JsonNode payload = messages.path(type.wireName()).path("payload");
            assertThat(payload.path("schemaFormat").asText()).isEqualTo("application/schema+json;version=draft-2020-12");
            assertThat(payload.path("schema")).isEqualTo(EventSchemas.envelope(type));
        }
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void shouldEmbedSchemasThatStandOnTheirOwn(EventType type) {
        JsonNode schema = DOCUMENT.path("components").path("messages").path(type.wireName()).path("payload").path("schema");

        assertThat(SchemaValidation.problems(schema, SchemaValidation.parse(CODEC.encodeToString(SampleEvents.full(type)))))
                .isEmpty();
        assertThat(SchemaValidation.problems(schema, SchemaValidation.parse("{\"type\":\"" + type.wireName() + "\"}")))
                .isNotEmpty();
    }

    @Test
    void shouldHaveASendOperationPerProducerAndAReceiveOperationPerConsumer() {
        Set<String> expected = new HashSet<>();
        for (EventType type : EventType.values()) {
            type.producers().forEach(producer -> expected.add("send " + type.wireName() + " by " + producer.wireName()));
            for (Reaction consumer : type.consumers()) {
                expected.add("receive " + type.wireName() + " by " + consumer.service().wireName());
            }
        }
        List<String> actual = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : DOCUMENT.path("operations").properties()) {
            JsonNode operation = entry.getValue();
            String action = operation.path("action").asText();
            JsonNode channel = resolve(operation.path("channel").path("$ref").asText());
            String type = channel.path("title").asText();
            String service = action.equals("send")
                    ? entry.getKey().substring(0, entry.getKey().indexOf('.'))
                    : operation.path("x-consumer-group").asText();
            actual.add(action + " " + type + " by " + service);
            assertThat(operation.path("messages")).hasSize(1);
            assertThat(resolve(operation.path("messages").get(0).path("$ref").asText()).path("$ref").asText())
                    .isEqualTo("#/components/messages/" + type);
        }

        assertThat(actual).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
        assertThat(actual.stream().filter(operation -> operation.startsWith("send ")))
                .hasSize(Arrays.stream(EventType.values()).mapToInt(type -> type.producers().size()).sum());
        assertThat(actual.stream().filter(operation -> operation.startsWith("receive ")))
                .hasSize(Arrays.stream(EventType.values()).mapToInt(type -> type.consumers().size()).sum());
    }

    /** The node a local reference like {@code #/channels/user.created} points at; missing when it points nowhere. */
    private static JsonNode resolve(String reference) {
        assertThat(reference).startsWith("#/");
        JsonNode node = DOCUMENT;
        for (String token : reference.substring(2).split("/")) {
            node = node.path(token.replace("~1", "/").replace("~0", "~"));
        }
        assertThat(node.isMissingNode()).as("%s resolves", reference).isFalse();
        return node;
    }
}
