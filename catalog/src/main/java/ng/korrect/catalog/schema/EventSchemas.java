package ng.korrect.catalog.schema;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.PayloadField;
import ng.korrect.catalog.internal.FieldChecks;

/**
 * The JSON Schema (draft 2020-12) of each event type's envelope, generated from the payload records.
 * A schema accepts exactly what the codec decodes, as far as JSON Schema can say it: it cannot
 * express the envelope size limit, nor calendar checks on the timestamp.
 */
public final class EventSchemas {

    /** The draft every generated schema declares. */
    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String UUID_PATTERN =
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
    private static final String INSTANT_PATTERN =
            "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:[0-9]{2}(:[0-9]{2})?)$";

    private EventSchemas() {
    }

    /** The schema of an envelope of that type, with its {@code $schema} and {@code $id}. */
    public static ObjectNode of(EventType type) {
        ObjectNode schema = JSON.objectNode();
        schema.put("$schema", DIALECT);
        schema.put("$id", "urn:korrect:event:" + type.wireName());
        schema.setAll(envelope(type));
        return schema;
    }

    /** The schema of the envelope without {@code $schema} and {@code $id}, for embedding. */
    static ObjectNode envelope(EventType type) {
        ObjectNode schema = JSON.objectNode();
        schema.put("title", type.wireName());
        schema.put("description", type.summary());
        schema.put("type", "object");
        schema.set("required", strings("id", "type", "payload", "timestamp", "source"));
        ObjectNode properties = schema.putObject("properties");
        properties.set("id", text("The event's unique id, a UUID.").put("pattern", UUID_PATTERN));
        properties.putObject("type").put("const", type.wireName());
        properties.set("payload", payload(type));
        properties.set("timestamp", text("When it happened: ISO 8601 with an offset; written in UTC to the millisecond.")
                .put("pattern", INSTANT_PATTERN));
        properties.set("source", text("The service that published it.").put("pattern", FieldChecks.NOT_BLANK_PATTERN));
        properties.set("correlationId", nullable(text("The request this event belongs to; null reads as absent.")
                .put("pattern", FieldChecks.NOT_BLANK_PATTERN)));
        ObjectNode metadata = properties.putObject("metadata");
        metadata.set("type", strings("object", "null"));
        metadata.put("description", "Free-form facts about the event; null reads as absent.");
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
            case IDENTIFIER -> schema.put("type", "string").put("pattern", FieldChecks.NOT_BLANK_PATTERN);
            case EMAIL -> schema.put("type", "string").put("pattern", FieldChecks.EMAIL_PATTERN);
            case AMOUNT -> schema.put("type", "number").put("minimum", 0).put("maximum", Double.MAX_VALUE);
            case INTEGER -> schema.put("type", "integer").put("minimum", field.min()).put("maximum", field.max());
            case CHOICE -> schema.put("type", "string").set("enum", strings(field.allowedValues().toArray(String[]::new)));
            case STRING_LIST -> {
                schema.put("type", "array").putObject("items").put("type", "string");
                if (field.nonEmpty()) {
                    schema.put("minItems", 1);
                }
            }
            case OBJECT -> schema.put("type", "object");
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
