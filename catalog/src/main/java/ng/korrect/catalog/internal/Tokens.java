package ng.korrect.catalog.internal;

import com.fasterxml.jackson.core.JsonToken;

/** Names JSON tokens the way error messages speak of them. */
final class Tokens {

    private Tokens() {
    }

    /** {@code "a string"}, {@code "an array"}, {@code "null"}, ... */
    static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            default -> token.name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
