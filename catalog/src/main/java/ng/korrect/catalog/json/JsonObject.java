package ng.korrect.catalog.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A JSON object: an immutable map of members in the order JavaScript keeps them. Like a JavaScript
 * object, keys that are array indices ({@code "0"}, {@code "17"}) come first in ascending numeric
 * order, then the other keys in insertion order, so that encoding writes what {@code JSON.stringify}
 * writes for the same object.
 */
public record JsonObject(Map<String, JsonValue> members) implements JsonValue {

    private static final JsonObject EMPTY = new JsonObject(Map.of());

    /** Copies the members in JavaScript's order; rejects null keys and values. */
    public JsonObject {
        members = Collections.unmodifiableMap(inJavaScriptOrder(members));
    }

    /** The empty object. */
    public static JsonObject empty() {
        return EMPTY;
    }

    /** An object of the given members, in the map's iteration order (array-index keys first). */
    public static JsonObject of(Map<String, ? extends JsonValue> members) {
        return new JsonObject(new LinkedHashMap<>(Objects.requireNonNull(members, "members")));
    }

    /** The member of that name, if present. */
    public Optional<JsonValue> get(String name) {
        return Optional.ofNullable(members.get(name));
    }

    /** Whether the object has no members. */
    public boolean isEmpty() {
        return members.isEmpty();
    }

    private static Map<String, JsonValue> inJavaScriptOrder(Map<String, JsonValue> members) {
        List<String> indexKeys = new ArrayList<>();
        for (String key : members.keySet()) {
            if (isArrayIndex(Objects.requireNonNull(key, "member name"))) {
                indexKeys.add(key);
            }
        }
        indexKeys.sort((a, b) -> Long.compare(Long.parseLong(a), Long.parseLong(b)));
        Map<String, JsonValue> ordered = new LinkedHashMap<>(Math.max(4, members.size() * 2));
        for (String key : indexKeys) {
            ordered.put(key, Objects.requireNonNull(members.get(key), "value of " + key));
        }
        members.forEach((key, value) -> {
            if (!ordered.containsKey(key)) {
                ordered.put(key, Objects.requireNonNull(value, "value of " + key));
            }
        });
        return ordered;
    }

    /** Whether JavaScript treats the key as an array index: a canonical integer below 2^32 - 1. */
    static boolean isArrayIndex(String key) {
        int length = key.length();
        if (length == 0 || length > 10 || (length > 1 && key.charAt(0) == '0')) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return Long.parseLong(key) < 0xFFFF_FFFFL;
    }
}
