package ng.korrect.catalog.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.InvalidEventException;
import ng.korrect.catalog.Problem;
import ng.korrect.catalog.json.JsonObject;
import ng.korrect.catalog.payload.EventPayload;

/**
 * Decodes one envelope in a single pass over the parser. The payload is read as soon as the type is
 * known; in the rare input where {@code payload} comes before {@code type}, it is buffered first.
 * Problems are collected field by field and thrown together.
 */
final class EnvelopeReader {

    private final JsonFactory factory;
    private final int maxEnvelopeBytes;

    private String idText;
    private UUID id;
    private String typeText;
    private EventType type;
    private EventPayload payload;
    private TokenBuffer bufferedPayload;
    private boolean payloadSeen;
    private Instant timestamp;
    private String source;
    private String correlationId;
    private JsonObject metadata;
    private final List<Problem> problems = new ArrayList<>(2);

    EnvelopeReader(JsonFactory factory, int maxEnvelopeBytes) {
        this.factory = factory;
        this.maxEnvelopeBytes = maxEnvelopeBytes;
    }

    Event<?> read(byte[] wire) {
        if (wire.length > maxEnvelopeBytes) {
            problems.add(new Problem("", "the envelope is " + wire.length
                    + " bytes, more than the limit of " + maxEnvelopeBytes));
            throw invalid();
        }
        if (!Utf8.isWellFormed(wire) || Utf8.startsWithByteOrderMark(wire)) {
            problems.add(new Problem("", Utf8.startsWithByteOrderMark(wire)
                    ? "not valid JSON: starts with a byte order mark" : "not valid JSON: not valid UTF-8"));
            throw invalid();
        }
        try (JsonParser parser = factory.createParser(wire)) {
            readEnvelope(parser);
        } catch (JsonProcessingException e) {
            // Jackson's byte parser refuses a lone surrogate escaped in a member name, which JSON.stringify
            // writes and JSON.parse reads: input it refuses is read once more as text, by the char parser.
            return new EnvelopeReader(factory, maxEnvelopeBytes).readText(new String(wire, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            problems.add(new Problem("", "unreadable: " + e));
        }
        return result();
    }

    private Event<?> readText(String text) {
        try (JsonParser parser = factory.createParser(text)) {
            readEnvelope(parser);
        } catch (JsonProcessingException e) {
            problems.add(new Problem("", "not valid JSON: " + e.getOriginalMessage()));
        } catch (IOException | RuntimeException e) {
            problems.add(new Problem("", "unreadable: " + e));
        }
        return result();
    }

    private Event<?> result() {
        if (!problems.isEmpty()) {
            throw invalid();
        }
        return new Event<>(id, payload, timestamp, source, Optional.ofNullable(correlationId),
                Optional.ofNullable(metadata));
    }

    private void readEnvelope(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_OBJECT) {
            problems.add(first == null
                    ? new Problem("", "not valid JSON: no content")
                    : new Problem("", "must be a JSON object, was " + Tokens.describe(first)));
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken token = parser.nextToken();
            switch (name) {
                case "id" -> readId(parser, token);
                case "type" -> readType(parser, token);
                case "payload" -> readPayload(parser, token);
                case "timestamp" -> readTimestamp(parser, token);
                case "source" -> source = readRequiredText(parser, token, "source");
                case "correlationId" -> correlationId = readOptionalText(parser, token, "correlationId");
                case "metadata" -> readMetadata(parser, token);
                default -> parser.skipChildren();
            }
        }
        if (parser.nextToken() != null) {
            problems.add(new Problem("", "not valid JSON: unexpected content after the envelope"));
            return;
        }
        if (bufferedPayload != null && type != null) {
            try (JsonParser replay = bufferedPayload.asParser()) {
                replay.nextToken();
                payload = PayloadReader.read(replay, PayloadModel.of(type), problems);
            }
        }
        reportMissing();
    }

    private void readId(JsonParser parser, JsonToken token) throws IOException {
        idText = readRequiredText(parser, token, "id");
        if (idText != null) {
            id = Uuids.parse(idText);
            if (id == null) {
                problems.add(new Problem("id", "must be a UUID, was " + FieldChecks.quote(idText)));
            }
        }
    }

    private void readType(JsonParser parser, JsonToken token) throws IOException {
        typeText = readRequiredText(parser, token, "type");
        if (typeText != null) {
            type = EventType.fromWireName(typeText).orElse(null);
            if (type == null) {
                problems.add(new Problem("type", "not an event type of the catalog: " + FieldChecks.quote(typeText)));
            }
        }
    }

    private void readPayload(JsonParser parser, JsonToken token) throws IOException {
        payloadSeen = true;
        if (token != JsonToken.START_OBJECT) {
            problems.add(new Problem("payload", "must be an object, was " + Tokens.describe(token)));
            parser.skipChildren();
        } else if (type != null) {
            payload = PayloadReader.read(parser, PayloadModel.of(type), problems);
        } else if (typeText == null) {
            bufferedPayload = new TokenBuffer(parser);
            bufferedPayload.copyCurrentStructure(parser);
        } else {
            parser.skipChildren(); // an unknown type, already reported
        }
    }

    private void readTimestamp(JsonParser parser, JsonToken token) throws IOException {
        String text = readRequiredText(parser, token, "timestamp");
        if (text != null) {
            timestamp = IsoInstants.parse(text).orElse(null);
            if (timestamp == null) {
                problems.add(new Problem("timestamp",
                        "must be an ISO 8601 date-time with an offset, was " + FieldChecks.quote(text)));
            }
        }
    }

    private void readMetadata(JsonParser parser, JsonToken token) throws IOException {
        if (token == JsonToken.START_OBJECT) {
            metadata = JsonValueReader.readObject(parser, "metadata", problems);
        } else if (token != JsonToken.VALUE_NULL) {
            problems.add(new Problem("metadata", "must be an object, was " + Tokens.describe(token)));
            parser.skipChildren();
        }
    }

    private String readRequiredText(JsonParser parser, JsonToken token, String path) throws IOException {
        if (token != JsonToken.VALUE_STRING) {
            problems.add(new Problem(path, "must be a string, was " + Tokens.describe(token)));
            parser.skipChildren();
            return null;
        }
        String text = parser.getText();
        if (text.isBlank()) {
            problems.add(new Problem(path, "must not be blank"));
            return null;
        }
        return text;
    }

    private String readOptionalText(JsonParser parser, JsonToken token, String path) throws IOException {
        return token == JsonToken.VALUE_NULL ? null : readRequiredText(parser, token, path);
    }

    private void reportMissing() {
        if (idText == null && problems.stream().noneMatch(p -> p.path().equals("id"))) {
            problems.add(new Problem("id", "is required"));
        }
        if (typeText == null && problems.stream().noneMatch(p -> p.path().equals("type"))) {
            problems.add(new Problem("type", "is required"));
        }
        if (!payloadSeen) {
            problems.add(new Problem("payload", "is required"));
        }
        if (timestamp == null && problems.stream().noneMatch(p -> p.path().equals("timestamp"))) {
            problems.add(new Problem("timestamp", "is required"));
        }
        if (source == null && problems.stream().noneMatch(p -> p.path().equals("source"))) {
            problems.add(new Problem("source", "is required"));
        }
    }

    private InvalidEventException invalid() {
        return new InvalidEventException(Optional.ofNullable(idText), Optional.ofNullable(typeText), problems);
    }
}
