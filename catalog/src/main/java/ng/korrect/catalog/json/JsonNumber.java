package ng.korrect.catalog.json;

/** A JSON number, held as JavaScript holds it: a finite IEEE double. */
public record JsonNumber(double value) implements JsonValue {
    /**
     * Rejects NaN and infinities, which JSON cannot carry, and reads {@code -0} as {@code 0}, since
     * {@code JSON.stringify} writes both as {@code 0}: a number equals itself after a trip over the wire.
     */
    public JsonNumber {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a JSON number must be finite, was " + value);
        }
        value += 0.0; // -0.0 + 0.0 is 0.0; every other value is unchanged
    }

    /** The value as a long, for numbers that are integers. */
    public long longValue() {
        return (long) value;
    }
}
