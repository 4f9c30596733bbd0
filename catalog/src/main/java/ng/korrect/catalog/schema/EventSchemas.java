package ng.korrect.catalog.schema;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.PayloadField;

/**
 * The JSON Schema (draft 2020-12) of each event type's envelope, generated from the payload records.
 * A schema accepts exactly what the codec decodes, as far as JSON Schema can say it: it cannot
 * express the limits on the envelope's size and nesting depth, nor that a key must not repeat, since
 * a schema sees the parsed value and not the text. Its patterns mean the same in Java and ECMAScript.
 */
public final class EventSchemas {

    /** The draft every generated schema declares. */
    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String FINITE_JSON = "finiteJson";
    private static final String FINITE_JSON_REF = "#/$defs/" + FINITE_JSON;

    private EventSchemas() {
    }

    /** The schema of an envelope of that type, with its {@code $schema} and {@code $id}. */
    public static ObjectNode of(EventType type) {
        ObjectNode schema = JSON.objectNode();
        schema.put("$schema", DIALECT);
        schema.setAll(envelope(type));
        return schema;
    }

    /**
     * The schema of the envelope without {@code $schema}, for embedding. It keeps its {@code $id},
     * against which its {@code $ref}s resolve wherever it is embedded.
     */
    static ObjectNode envelope(EventType type) {
        ObjectNode schema = JSON.objectNode();
        schema.put("$id", "urn:korrect:event:" + type.wireName());
        schema.put("title", type.wireName());
        schema.put("description", type.summary());
        schema.put("type", "object");
        schema.set("required", strings("id", "type", "payload", "timestamp", "source"));
        ObjectNode properties = schema.putObject("properties");
        properties.set("id", text("The event's unique id, a UUID.").put("pattern", SchemaPatterns.UUID));
        properties.putObject("type").put("const", type.wireName());
        properties.set("payload", payload(type));
        properties.set("timestamp", text("When it happened: ISO 8601 with an offset; written in UTC to the millisecond.")
                .put("pattern", SchemaPatterns.INSTANT));
        properties.set("source", text("The service that published it.").put("pattern", SchemaPatterns.NOT_BLANK));
        properties.set("correlationId", nullable(text("The request this event belongs to; null reads as absent.")
                .put("pattern", SchemaPatterns.NOT_BLANK)));
        ObjectNode metadata = properties.putObject("metadata");
        metadata.set("type", strings("object", "null"));
        metadata.put("description", "Free-form facts about the event; null reads as absent.");
        metadata.putObject("additionalProperties").put("$ref", FINITE_JSON_REF);
        schema.putObject("$defs").set(FINITE_JSON, finiteJson());
        return schema;
    }

    /** Any JSON value whose numbers, however deep, are finite doubles, as the codec holds them. */
    private static ObjectNode finiteJson() {
        ObjectNode schema = JSON.objectNode();
        schema.put("description", "Any JSON value whose numbers, at any depth, fit a double.");
        schema.put("minimum", -Double.MAX_VALUE).put("maximum", Double.MAX_VALUE);
        schema.putObject("items").put("$ref", FINITE_JSON_REF);
        schema.putObject("additionalProperties").put("$ref", FINITE_JSON_REF);
        return schema;
    }

    private static ObjectNode payload(EventType type) {
        ObjectNode payload = JSON.objectNode();
        payload.put("type", "object");
        ArrayNode required = payload.putArray("required");
        ObjectNode properties = payload.putObject("properties");
        for (PayloadField field : type.fields()) {
            ObjectNode property = field(field);
            if (field.required()) {
                required.add(field.name());
            } else {
                nullable(property);
            }
            properties.set(field.name(), property);
        }
        payload.put("additionalProperties", true);
        return payload;
    }

    private static ObjectNode field(PayloadField field) {
        ObjectNode schema = JSON.objectNode();
        field.description().ifPresent(description -> schema.put("description", description));
        switch (field.kind()) {
            case STRING -> schema.put("type", "string");
            case IDENTIFIER -> schema.put("type", "string").put("pattern", SchemaPatterns.NOT_BLANK);
            case EMAIL -> schema.put("type", "string").put("pattern", SchemaPatterns.EMAIL);
            case AMOUNT -> schema.put("type", "number").put("minimum", 0).put("maximum", Double.MAX_VALUE);
            case INTEGER -> schema.put("type", "integer").put("minimum", field.min()).put("maximum", field.max());
            case NUMBER -> schema.put("type", "number").put("minimum", field.min()).put("maximum", field.max());
            case CHOICE -> schema.put("type", "string").set("enum", strings(field.allowedValues().toArray(String[]::new)));
            case STRING_LIST -> schema.put("type", "array").putObject("items").put("type", "string");
            case OBJECT -> {
                schema.put("type", "object");
                schema.putObject("additionalProperties").put("$ref", FINITE_JSON_REF);
            }
        }
        return schema;
    }

    private static ObjectNode text(String description) {
        return JSON.objectNode().put("type", "string").put("description", description);
    }

    /** Lets a property also be null, which the codec reads as absent. */
    private static ObjectNode nullable(ObjectNode property) {
        String type = property.get("type").asText();
        property.set("type", strings(type, "null"));
        return property;
    }

    private static ArrayNode strings(String... values) {
        ArrayNode array = JSON.arrayNode();
        for (String value : values) {
            array.add(value);
        }
        return array;
    }
}
