package ng.korrect.service;

import java.util.Objects;

/**
 * What is wrong with one field of a request, as it appears in a 400's details.
 *
 * @param field the field's name (a dotted path for nested fields)
 * @param reason why it is refused, e.g. {@code "is required"}
 */
public record FieldProblem(String field, String reason) {

    /** Rejects nulls. */
    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
    }
}
