package ng.korrect.cli.tail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.EventCodec;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.InvalidEventException;
import ng.korrect.cli.output.Json;
import ng.korrect.cli.output.Times;
import ng.korrect.cli.redis.EntryIds;

/**
 * One entry read by {@code tail}: the event it holds, or why it holds none. The raw JSON is kept beside
 * the decoded event so that the payload prints as it travels, and so that the correlation id of an
 * entry the catalog refuses can still be matched.
 *
 * @param type the type of the stream it was read from
 * @param entryId its entry id
 * @param event the decoded event, when it is valid
 * @param raw the {@code data} field parsed as JSON, when it is JSON
 * @param problem why it could not be decoded, when it could not
 */
record TailedEntry(EventType type, String entryId, Optional<Event<?>> event, Optional<JsonNode> raw, Optional<String> problem) {

    private static final int PAYLOAD_WIDTH = 100;

    /** Decodes an entry's fields. */
    static TailedEntry of(EventCodec codec, EventType type, String entryId, Map<String, byte[]> fields) {
        byte[] data = fields == null ? null : fields.get("data");
        if (data == null) {
            return new TailedEntry(type, entryId, Optional.empty(), Optional.empty(), Optional.of("the entry has no 'data' field"));
        }
        Optional<JsonNode> raw;
        try {
            raw = Optional.of(Json.parse(new String(data, StandardCharsets.UTF_8)));
        } catch (JsonProcessingException e) {
            raw = Optional.empty();
        }
        try {
            return new TailedEntry(type, entryId, Optional.of(codec.decode(data)), raw, Optional.empty());
        } catch (InvalidEventException e) {
            return new TailedEntry(type, entryId, Optional.empty(), raw, Optional.of(e.reasons()));
        }
    }

    /** The correlation id, from the event or, for an invalid one, from its JSON. */
    Optional<String> correlationId() {
        if (event.isPresent()) {
            return event.get().correlationId();
        }
        return raw.map(node -> node.get("correlationId")).filter(JsonNode::isTextual).map(JsonNode::asText);
    }

    /** One line for people: time, type, source, correlation id and a short payload. */
    String line() {
        if (event.isEmpty()) {
            return Times.iso(EntryIds.timeOf(entryId)) + "  " + type.wireName() + "  UNDECODABLE entry " + entryId
                    + ": " + oneLine(problem.orElse(""));
        }
        Event<?> e = event.get();
        String payload = raw.map(node -> node.get("payload")).map(Json::compact).orElse("");
        if (payload.length() > PAYLOAD_WIDTH) {
            payload = payload.substring(0, PAYLOAD_WIDTH - 3) + "...";
        }
        return Times.iso(e.timestamp()) + "  " + type.wireName() + "  " + e.source() + "  "
                + e.correlationId().orElse("-") + "  " + payload;
    }

    /** One JSON object. */
    ObjectNode json() {
        ObjectNode node = Json.object();
        node.put("stream", type.streamKey());
        node.put("entryId", entryId);
        node.put("type", type.wireName());
        if (event.isPresent()) {
            Event<?> e = event.get();
            node.put("eventId", e.id().toString());
            node.put("timestamp", Times.iso(e.timestamp()));
            node.put("source", e.source());
            e.correlationId().ifPresentOrElse(id -> node.put("correlationId", id), () -> node.putNull("correlationId"));
            raw.map(json -> json.get("payload")).ifPresent(payload -> node.set("payload", payload));
        } else {
            node.put("undecodable", problem.orElse(""));
        }
        return node;
    }

    private static String oneLine(String text) {
        return text.replace("\r", "\\r").replace("\n", "\\n");
    }
}
