package ng.korrect.catalog.json;

/**
 * An immutable JSON value, modelled the way JavaScript holds it: numbers are IEEE doubles, object
 * members keep the order {@code JSON.stringify} writes them in.
 */
public sealed interface JsonValue permits JsonString, JsonNumber, JsonBoolean, JsonNull, JsonArray, JsonObject {

    /** The value for a Java string. */
    static JsonValue of(String value) {
        return new JsonString(value);
    }

    /** The value for a Java number, which must be finite. */
    static JsonValue of(double value) {
        return new JsonNumber(value);
    }

    /** The value for a Java boolean. */
    static JsonValue of(boolean value) {
        return JsonBoolean.of(value);
    }
}
