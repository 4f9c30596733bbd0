package ng.korrect.service.jdbc;

/**
 * The SQL {@code LIKE} pattern, with {@code \} as its escape character, that finds a payload member
 * {@code "field":"value"} in an envelope's JSON text: the value quoted as the catalog's codec writes it
 * (as JavaScript's {@code JSON.stringify} does), then {@code \}, {@code %} and {@code _} escaped so
 * that they match only themselves.
 */
final class EnvelopePattern {

    private EnvelopePattern() {
    }

    /** The pattern of envelopes that contain that member anywhere. */
    static String containing(String field, String value) {
        return "%" + literal(json(field) + ":" + json(value)) + "%";
    }

    /** The string as the codec quotes it in JSON. */
    static String json(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\b' -> quoted.append("\\b");
                case '\f' -> quoted.append("\\f");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> quoted.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return quoted.append('"').toString();
    }

    private static String literal(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
