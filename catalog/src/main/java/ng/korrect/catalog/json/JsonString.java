package ng.korrect.catalog.json;

import java.util.Objects;

/** A JSON string. */
public record JsonString(String value) implements JsonValue {
    /** Rejects a null value. */
    public JsonString {
        Objects.requireNonNull(value, "value");
    }
}
