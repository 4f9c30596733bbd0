package ng.korrect.catalog.json;

/** A JSON boolean. */
public enum JsonBoolean implements JsonValue {
    /** {@code true}. */
    TRUE,
    /** {@code false}. */
    FALSE;

    /** The constant for a Java boolean. */
    public static JsonBoolean of(boolean value) {
        return value ? TRUE : FALSE;
    }

    /** The Java boolean. */
    public boolean value() {
        return this == TRUE;
    }
}
