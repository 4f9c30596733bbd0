package ng.korrect.platform.reaction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import ng.korrect.catalog.json.JsonArray;
import ng.korrect.catalog.json.JsonBoolean;
import ng.korrect.catalog.json.JsonNull;
import ng.korrect.catalog.json.JsonNumber;
import ng.korrect.catalog.json.JsonObject;
import ng.korrect.catalog.json.JsonString;
import ng.korrect.catalog.json.JsonValue;

/** The {@code data} of a {@code notification.send} as JSON text, and the purpose it names. Pure. */
final class JsonData {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonData() {
    }

    /** The object as JSON text. */
    static String text(JsonObject data) {
        try {
            return JSON.writeValueAsString(node(data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write notification data as JSON", e);
        }
    }

    /** The {@code purpose} member, when it is a short lower-case word (e.g. {@code email_verification}). */
    static Optional<String> purpose(Optional<JsonObject> data) {
        return data.flatMap(object -> object.get("purpose"))
                .filter(JsonString.class::isInstance).map(value -> ((JsonString) value).value())
                .filter(text -> text.matches("[a-z][a-z0-9_.]{0,49}"));
    }

    private static JsonNode node(JsonValue value) {
        return switch (value) {
            case JsonString text -> NODES.textNode(text.value());
            case JsonNumber number -> number.value() == Math.rint(number.value()) && Math.abs(number.value()) < 1e15
                    ? NODES.numberNode((long) number.value()) : NODES.numberNode(number.value());
            case JsonBoolean bool -> NODES.booleanNode(bool == JsonBoolean.of(true));
            case JsonNull ignored -> NODES.nullNode();
            case JsonArray array -> {
                ArrayNode node = NODES.arrayNode();
                array.elements().forEach(element -> node.add(node(element)));
                yield node;
            }
            case JsonObject object -> {
                ObjectNode node = NODES.objectNode();
                object.members().forEach((name, member) -> node.set(name, node(member)));
                yield node;
            }
        };
    }
}
