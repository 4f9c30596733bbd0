package ng.korrect.catalog.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ng.korrect.catalog.PayloadField;
import ng.korrect.catalog.Problem;
import ng.korrect.catalog.payload.EventPayload;
import ng.korrect.catalog.payload.WireValue;

/**
 * Reads a payload object straight from the parser into its record, checking every field on the way
 * and carrying on past a bad one so that all problems are reported at once. Unknown fields are skipped.
 */
final class PayloadReader {

    private static final String PREFIX = "payload.";

    private PayloadReader() {
    }

    /** The payload whose object starts at the current token, or null when problems were added. */
    static EventPayload read(JsonParser parser, PayloadModel model, List<Problem> problems) throws IOException {
        int problemsBefore = problems.size();
        Object[] values = new Object[model.size()];
        boolean[] seen = new boolean[model.size()];
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            int index = model.indexOf(parser.currentName());
            JsonToken token = parser.nextToken();
            if (index < 0) {
                parser.skipChildren();
                continue;
            }
            PayloadField field = model.fields().get(index);
            String path = PREFIX + field.name();
            seen[index] = true;
            if (token == JsonToken.VALUE_NULL && !field.required()) {
                continue;
            }
            Object value = readValue(parser, token, model, index, path, problems);
            if (value != null) {
                FieldChecks.check(field, value, path, problems);
                values[index] = value;
            }
        }
        for (int i = 0; i < values.length; i++) {
            PayloadField field = model.fields().get(i);
            if (field.required() && !seen[i]) {
                problems.add(new Problem(PREFIX + field.name(), "is required"));
            } else if (!field.required()) {
                values[i] = Optional.ofNullable(values[i]);
            }
        }
        return problems.size() == problemsBefore ? model.construct(values) : null;
    }

    private static Object readValue(JsonParser parser, JsonToken token, PayloadModel model, int index,
                                    String path, List<Problem> problems) throws IOException {
        PayloadField field = model.fields().get(index);
        return switch (field.kind()) {
            case STRING, IDENTIFIER, EMAIL -> token == JsonToken.VALUE_STRING
                    ? parser.getText()
                    : wrongType(parser, token, "a string", path, problems);
            case AMOUNT -> readAmount(parser, token, path, problems);
            case INTEGER -> readInteger(parser, token, path, problems);
            case NUMBER -> readNumber(parser, token, field, path, problems);
            case CHOICE -> readChoice(parser, token, model, index, path, problems);
            case STRING_LIST -> readStringList(parser, token, path, problems);
            case OBJECT -> token == JsonToken.START_OBJECT
                    ? JsonValueReader.readObject(parser, path, problems)
                    : wrongType(parser, token, "an object", path, problems);
        };
    }

    private static Object readAmount(JsonParser parser, JsonToken token, String path, List<Problem> problems)
            throws IOException {
        if (!token.isNumeric()) {
            return wrongType(parser, token, "a number", path, problems);
        }
        double amount = parser.getDoubleValue();
        return FieldChecks.checkAmount(amount, path, problems) ? BigDecimal.valueOf(amount) : null;
    }

    private static Object readNumber(JsonParser parser, JsonToken token, PayloadField field, String path,
                                     List<Problem> problems) throws IOException {
        if (!token.isNumeric()) {
            return wrongType(parser, token, "a number", path, problems);
        }
        double value = parser.getDoubleValue();
        return FieldChecks.checkNumber(field, value, path, problems) ? value : null;
    }

    private static Object readInteger(JsonParser parser, JsonToken token, String path, List<Problem> problems)
            throws IOException {
        if (!token.isNumeric()) {
            return wrongType(parser, token, "an integer", path, problems);
        }
        if (token == JsonToken.VALUE_NUMBER_INT) {
            try {
                return parser.getIntValue();
            } catch (InputCoercionException e) {
                problems.add(new Problem(path, "must be an integer within 32 bits, was " + parser.getText()));
                return null;
            }
        }
        double value = parser.getDoubleValue();
        if (value != Math.rint(value) || value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            problems.add(new Problem(path, "must be an integer, was " + parser.getText()));
            return null;
        }
        return (int) value;
    }

    private static Object readChoice(JsonParser parser, JsonToken token, PayloadModel model, int index,
                                     String path, List<Problem> problems) throws IOException {
        if (token != JsonToken.VALUE_STRING) {
            return wrongType(parser, token, "a string", path, problems);
        }
        String text = parser.getText();
        WireValue choice = model.choice(index, text);
        if (choice == null) {
            List<String> allowed = model.fields().get(index).allowedValues();
            problems.add(new Problem(path, "must be one of " + String.join(", ", allowed)
                    + "; was " + FieldChecks.quote(text)));
        }
        return choice;
    }

    private static Object readStringList(JsonParser parser, JsonToken token, String path, List<Problem> problems)
            throws IOException {
        if (token != JsonToken.START_ARRAY) {
            return wrongType(parser, token, "an array of strings", path, problems);
        }
        List<String> elements = new ArrayList<>();
        boolean valid = true;
        JsonToken element;
        while ((element = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (element == JsonToken.VALUE_STRING) {
                elements.add(parser.getText());
            } else {
                valid = false;
                wrongType(parser, element, "a string", path + "[" + elements.size() + "]", problems);
                elements.add("");
            }
        }
        return valid ? elements : null;
    }

    private static Object wrongType(JsonParser parser, JsonToken token, String expected, String path,
                                    List<Problem> problems) throws IOException {
        problems.add(new Problem(path, "must be " + expected + ", was " + Tokens.describe(token)));
        parser.skipChildren();
        return null;
    }
}
