package ng.korrect.catalog.schema;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.Reaction;
import ng.korrect.catalog.ServiceName;

/**
 * The AsyncAPI 3.0 document of the whole catalog, generated from the registry: one channel per
 * stream, one message per event type (its payload is the envelope's JSON Schema), a {@code send}
 * operation per producer and a {@code receive} operation per consumer group with what it does.
 */
public final class AsyncApiDocument {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String SCHEMA_FORMAT = "application/schema+json;version=draft-2020-12";

    private AsyncApiDocument() {
    }

    /** The document. */
    public static ObjectNode generate() {
        ObjectNode document = JSON.objectNode();
        document.put("asyncapi", "3.0.0");
        document.putObject("info")
                .put("title", "KorrectNG events")
                .put("version", "1.0.0")
                .put("description", "The events the KorrectNG services exchange on Redis Streams: one stream per "
                        + "event type, one entry field 'data' holding the JSON envelope, one consumer group per "
                        + "consuming service.");
        document.put("defaultContentType", "application/json");
        document.putObject("servers").putObject("redis")
                .put("host", "localhost:6379")
                .put("protocol", "redis")
                .put("description", "The platform's Redis (REDIS_URL).");
        ObjectNode channels = document.putObject("channels");
        ObjectNode operations = document.putObject("operations");
        ObjectNode components = document.putObject("components");
        ObjectNode messages = components.putObject("messages");
        for (EventType type : EventType.values()) {
            channels.set(type.wireName(), channel(type));
            messages.set(type.wireName(), message(type));
            addOperations(operations, type);
        }
        return document;
    }

    private static ObjectNode channel(EventType type) {
        ObjectNode channel = JSON.objectNode();
        channel.put("address", type.streamKey());
        channel.put("title", type.wireName());
        channel.put("description", type.summary() + " Dead letters: " + type.deadLetterKey() + ".");
        channel.putObject("messages").putObject(type.wireName())
                .put("$ref", "#/components/messages/" + type.wireName());
        return channel;
    }

    private static ObjectNode message(EventType type) {
        ObjectNode message = JSON.objectNode();
        message.put("name", type.wireName());
        message.put("title", type.wireName());
        message.put("summary", type.summary());
        message.put("contentType", "application/json");
        ObjectNode payload = message.putObject("payload");
        payload.put("schemaFormat", SCHEMA_FORMAT);
        payload.set("schema", EventSchemas.envelope(type));
        return message;
    }

    private static void addOperations(ObjectNode operations, EventType type) {
        for (ServiceName producer : type.producers()) {
            operations.set(producer.wireName() + ".publish." + type.wireName(),
                    operation(type, "send", "The " + producer.wireName() + " service publishes it."));
        }
        for (Reaction consumer : type.consumers()) {
            ObjectNode operation = operation(type, "receive", consumer.purpose());
            operation.put("x-consumer-group", consumer.service().wireName());
            operations.set(consumer.service().wireName() + ".consume." + type.wireName(), operation);
        }
    }

    private static ObjectNode operation(EventType type, String action, String summary) {
        ObjectNode operation = JSON.objectNode();
        operation.put("action", action);
        operation.putObject("channel").put("$ref", "#/channels/" + type.wireName());
        operation.put("summary", summary);
        operation.putArray("messages").addObject()
                .put("$ref", "#/channels/" + type.wireName() + "/messages/" + type.wireName());
        return operation;
    }
}
