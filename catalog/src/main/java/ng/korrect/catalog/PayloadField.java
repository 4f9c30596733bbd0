package ng.korrect.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One field of a payload as the catalog defines it, derived from the payload record: the codec, the
 * JSON Schemas and the CLI all read the catalog through these.
 *
 * @param name the JSON name, e.g. {@code artisanProfileId}
 * @param kind what it holds
 * @param required whether it must be present (the catalog's {@code field?} are not)
 * @param min the smallest value of an {@link FieldKind#INTEGER} or {@link FieldKind#NUMBER}
 * @param max the largest value of an {@link FieldKind#INTEGER} or {@link FieldKind#NUMBER}
 * @param allowedValues the wire values of a {@link FieldKind#CHOICE}, in catalog order
 * @param description what the field means, where the catalog says more than its name
 */
public record PayloadField(
        String name,
        FieldKind kind,
        boolean required,
        int min,
        int max,
        List<String> allowedValues,
        Optional<String> description) {

    /** Rejects nulls and copies the allowed values. */
    public PayloadField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        allowedValues = List.copyOf(allowedValues);
        Objects.requireNonNull(description, "description");
    }

    /** The type and its rules in a few words, like {@code number, 1 to 5} or {@code 'push' | 'sms' | 'email'}. */
    public String typeLabel() {
        return switch (kind) {
            case CHOICE -> String.join(" | ", allowedValues.stream().map(v -> "'" + v + "'").toList());
            case INTEGER, NUMBER -> kind.label() + rangeLabel();
            default -> kind.label();
        };
    }

    private String rangeLabel() {
        boolean hasMin = min != Integer.MIN_VALUE;
        boolean hasMax = max != Integer.MAX_VALUE;
        if (hasMin && hasMax) {
            return ", " + min + " to " + max;
        }
        if (hasMin) {
            return ", " + min + " or more";
        }
        return hasMax ? ", " + max + " or less" : "";
    }
}
