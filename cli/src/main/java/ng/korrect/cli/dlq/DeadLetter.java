package ng.korrect.cli.dlq;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import ng.korrect.catalog.EventType;
import ng.korrect.cli.output.Json;
import ng.korrect.cli.redis.Replies;

/**
 * One entry of {@code korrect:dlq:{type}}: the original {@code data} field and what the bus added
 * ({@code group}, {@code entryId}, {@code deliveries}, {@code error}, {@code failedAt}, and from newer
 * buses {@code consumer}, {@code stream} and {@code permanent}: whether the failure was one that no
 * retry could cure, so the entry was dead-lettered at once).
 *
 * @param type the type whose dead-letter stream holds it
 * @param id its entry id in the dead-letter stream
 * @param fields its fields as stored
 */
record DeadLetter(EventType type, String id, Map<String, byte[]> fields) {

    /** How commands name it: {@code TYPE/ID}, e.g. {@code booking.created/1732650160123-0}. */
    String reference() {
        return type.wireName() + "/" + id;
    }

    Optional<String> field(String name) {
        return Replies.field(fields, name);
    }

    /** The group that failed it, if the dead letter says. */
    Optional<String> group() {
        return field("group").filter(group -> !group.isBlank());
    }

    /** The envelope as stored, byte for byte. */
    Optional<byte[]> data() {
        return Optional.ofNullable(fields.get("data"));
    }

    /** The envelope parsed as JSON, when it is JSON. */
    Optional<JsonNode> envelope() {
        return data().flatMap(bytes -> {
            try {
                return Optional.of(Json.parse(new String(bytes, StandardCharsets.UTF_8)));
            } catch (JsonProcessingException e) {
                return Optional.empty();
            }
        });
    }

    /**
     * Its summary as JSON: the reference, the bus's fields ({@code permanent} a boolean, null from buses that did not
     * write it), and the envelope's id and correlation id.
     */
    ObjectNode summary() {
        ObjectNode node = Json.object();
        node.put("entry", reference());
        node.put("type", type.wireName());
        node.put("id", id);
        for (String name : new String[] {"group", "consumer", "stream", "entryId"}) {
            field(name).ifPresentOrElse(value -> node.put(name, value), () -> node.putNull(name));
        }
        field("deliveries").map(DeadLetter::number).ifPresentOrElse(count -> node.put("deliveries", count),
                () -> node.putNull("deliveries"));
        for (String name : new String[] {"error", "failedAt"}) {
            field(name).ifPresentOrElse(value -> node.put(name, value), () -> node.putNull(name));
        }
        field("permanent").filter(value -> value.equals("true") || value.equals("false"))
                .ifPresentOrElse(value -> node.put("permanent", Boolean.parseBoolean(value)), () -> node.putNull("permanent"));
        Optional<JsonNode> envelope = envelope();
        envelope.map(json -> json.get("id")).ifPresentOrElse(id -> node.set("eventId", id), () -> node.putNull("eventId"));
        envelope.map(json -> json.get("correlationId")).ifPresentOrElse(id -> node.set("correlationId", id),
                () -> node.putNull("correlationId"));
        return node;
    }

    private static Long number(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
