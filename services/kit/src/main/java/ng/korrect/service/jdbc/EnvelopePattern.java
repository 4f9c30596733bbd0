package ng.korrect.service.jdbc;

import ng.korrect.catalog.EventCodec;

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
        return EventCodec.quote(text);
    }

    private static String literal(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
