package ng.korrect.catalog.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import ng.korrect.catalog.PayloadField;
import ng.korrect.catalog.Problem;

/**
 * The catalog's rules on field values, applied to the Java values of a payload: the same checks run
 * when an event is decoded and when one is encoded, and the generated JSON Schemas state them too ({@code schema.SchemaPatterns}).
 */
final class FieldChecks {

    /** An email address: something, an {@code @}, a domain with a dot; no spaces, one {@code @}. */
    private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");

    private FieldChecks() {
    }

    /** Adds to {@code problems} what is wrong with a present value of the field; the value has the field's Java type. */
    static void check(PayloadField field, Object value, String path, List<Problem> problems) {
        switch (field.kind()) {
            case IDENTIFIER -> {
                if (((String) value).isBlank()) {
                    problems.add(new Problem(path, "must not be blank"));
                }
            }
            case EMAIL -> {
                if (!EMAIL.matcher((String) value).matches()) {
                    problems.add(new Problem(path, "must be an email address, was " + quote((String) value)));
                }
            }
            case AMOUNT -> checkAmount((BigDecimal) value, path, problems);
            case INTEGER -> checkRange(field, (Integer) value, path, problems);
            case NUMBER -> checkNumber(field, (Double) value, path, problems);
            case STRING, CHOICE, STRING_LIST, OBJECT -> {
                // their type is all the catalog asks of them
            }
        }
    }

    /** Checks an amount read as a double from the wire. */
    static boolean checkAmount(double amount, String path, List<Problem> problems) {
        if (!Double.isFinite(amount)) {
            problems.add(new Problem(path, "must be a finite number"));
            return false;
        }
        if (amount < 0) {
            problems.add(new Problem(path, "must be zero or more, was " + JsNumbers.format(amount)));
            return false;
        }
        return true;
    }

    private static void checkAmount(BigDecimal amount, String path, List<Problem> problems) {
        checkAmount(amount.doubleValue(), path, problems);
    }

    private static void checkRange(PayloadField field, int value, String path, List<Problem> problems) {
        if (value < field.min() || value > field.max()) {
            problems.add(new Problem(path, "must be " + range(field) + ", was " + value));
        }
    }

    /** Checks a number read from the wire or given by a producer: finite, within the field's range. */
    static boolean checkNumber(PayloadField field, double value, String path, List<Problem> problems) {
        if (!Double.isFinite(value)) {
            problems.add(new Problem(path, "must be a finite number"));
            return false;
        }
        if (value < field.min() || value > field.max()) {
            problems.add(new Problem(path, "must be " + range(field) + ", was " + JsNumbers.format(value)));
            return false;
        }
        return true;
    }

    private static String range(PayloadField field) {
        return field.max() == Integer.MAX_VALUE ? field.min() + " or more" : "between " + field.min() + " and " + field.max();
    }

    /** A value quoted for a message, cut short when long. */
    static String quote(String value) {
        String shown = value.length() > 60 ? value.substring(0, 57) + "..." : value;
        return "'" + shown + "'";
    }
}
