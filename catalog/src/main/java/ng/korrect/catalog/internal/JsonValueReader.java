package ng.korrect.catalog.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ng.korrect.catalog.Problem;
import ng.korrect.catalog.json.JsonArray;
import ng.korrect.catalog.json.JsonBoolean;
import ng.korrect.catalog.json.JsonNull;
import ng.korrect.catalog.json.JsonNumber;
import ng.korrect.catalog.json.JsonObject;
import ng.korrect.catalog.json.JsonString;
import ng.korrect.catalog.json.JsonValue;

/** Reads free-form JSON ({@code metadata}, a notification's {@code data}) into immutable {@link JsonValue}s. */
final class JsonValueReader {

    private JsonValueReader() {
    }

    /**
     * Reads the value that starts at the parser's current token; returns null, with a problem added,
     * when it holds a number too large for a double.
     */
    static JsonValue read(JsonParser parser, String path, List<Problem> problems) throws IOException {
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> readObject(parser, path, problems);
            case START_ARRAY -> readArray(parser, path, problems);
            case VALUE_STRING -> new JsonString(parser.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> readNumber(parser, path, problems);
            case VALUE_TRUE -> JsonBoolean.TRUE;
            case VALUE_FALSE -> JsonBoolean.FALSE;
            case VALUE_NULL -> JsonNull.INSTANCE;
            default -> throw new IllegalStateException("unexpected token " + token);
        };
    }

    /** Reads the object that starts at the parser's current token. */
    static JsonObject readObject(JsonParser parser, String path, List<Problem> problems) throws IOException {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        boolean valid = true;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            JsonValue value = read(parser, path + "." + name, problems);
            valid &= value != null;
            if (value != null) {
                members.put(name, value);
            }
        }
        return valid ? new JsonObject(members) : null;
    }

    private static JsonArray readArray(JsonParser parser, String path, List<Problem> problems) throws IOException {
        List<JsonValue> elements = new ArrayList<>();
        boolean valid = true;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            JsonValue element = read(parser, path + "[" + elements.size() + "]", problems);
            valid &= element != null;
            elements.add(element == null ? JsonNull.INSTANCE : element);
        }
        return valid ? new JsonArray(elements) : null;
    }

    private static JsonNumber readNumber(JsonParser parser, String path, List<Problem> problems) throws IOException {
        double value = parser.getDoubleValue();
        if (!Double.isFinite(value)) {
            problems.add(new Problem(path, "must be a finite number"));
            return null;
        }
        return new JsonNumber(value);
    }
}
