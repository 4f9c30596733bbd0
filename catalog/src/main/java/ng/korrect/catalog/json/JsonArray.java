package ng.korrect.catalog.json;

import java.util.List;

/** A JSON array: an immutable list of values. */
public record JsonArray(List<JsonValue> elements) implements JsonValue {
    /** Copies the elements into an immutable list; rejects null elements. */
    public JsonArray {
        elements = List.copyOf(elements);
    }
}
