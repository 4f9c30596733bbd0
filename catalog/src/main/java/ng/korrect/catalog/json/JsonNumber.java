package ng.korrect.catalog.json;

/** A JSON number, held as JavaScript holds it: a finite IEEE double. */
public record JsonNumber(double value) implements JsonValue {
    /** Rejects NaN and infinities, which JSON cannot carry. */
    public JsonNumber {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a JSON number must be finite, was " + value);
        }
    }

    /** The value as a long, for numbers that are integers. */
    public long longValue() {
        return (long) value;
    }
}
