package ng.korrect.catalog.internal;

import java.util.Arrays;
import java.util.Map;
import ng.korrect.catalog.json.JsonArray;
import ng.korrect.catalog.json.JsonBoolean;
import ng.korrect.catalog.json.JsonNull;
import ng.korrect.catalog.json.JsonNumber;
import ng.korrect.catalog.json.JsonObject;
import ng.korrect.catalog.json.JsonString;
import ng.korrect.catalog.json.JsonValue;

/**
 * Writes UTF-8 JSON exactly as JavaScript's {@code JSON.stringify} does. Jackson's generator writes
 * valid JSON but not these bytes: it escapes control characters in upper-case hex and refuses unpaired
 * surrogates, which {@code JSON.stringify} writes as lower-case {@code \\uXXXX} escapes. Not
 * thread-safe: one writer per encoding.
 */
final class WireWriter {

    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private byte[] buffer;
    private int size;

    WireWriter(int initialCapacity) {
        buffer = new byte[initialCapacity];
    }

    /** The bytes written so far, as a new array. */
    byte[] toByteArray() {
        return Arrays.copyOf(buffer, size);
    }

    int size() {
        return size;
    }

    WireWriter raw(char asciiChar) {
        ensure(1);
        buffer[size++] = (byte) asciiChar;
        return this;
    }

    /** Writes pre-encoded bytes, such as a field name with its quotes and colon. */
    WireWriter raw(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, size, bytes.length);
        size += bytes.length;
        return this;
    }

    /** Writes text that is known to be ASCII and to need no escaping, such as a number. */
    WireWriter ascii(String text) {
        int length = text.length();
        ensure(length);
        for (int i = 0; i < length; i++) {
            buffer[size++] = (byte) text.charAt(i);
        }
        return this;
    }

    /** Writes a string as {@code JSON.stringify} quotes it. */
    WireWriter string(String text) {
        int length = text.length();
        ensure(length + 2);
        buffer[size++] = '"';
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
                ensure(1);
                buffer[size++] = (byte) c;
            } else if (c < 0x80) {
                escapeAscii(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                utf8(Character.toCodePoint(c, text.charAt(++i)));
            } else if (Character.isSurrogate(c)) {
                unicodeEscape(c);
            } else {
                utf8(c);
            }
        }
        ensure(1);
        buffer[size++] = '"';
        return this;
    }

    /** Writes a finite number as JavaScript prints it. */
    WireWriter number(double value) {
        return ascii(JsNumbers.format(value));
    }

    /** Writes any JSON value. */
    WireWriter value(JsonValue value) {
        switch (value) {
            case JsonString s -> string(s.value());
            case JsonNumber n -> number(n.value());
            case JsonBoolean b -> ascii(b.value() ? "true" : "false");
            case JsonNull ignored -> ascii("null");
            case JsonArray a -> array(a);
            case JsonObject o -> object(o);
        }
        return this;
    }

    private void array(JsonArray array) {
        raw('[');
        boolean first = true;
        for (JsonValue element : array.elements()) {
            if (!first) {
                raw(',');
            }
            first = false;
            value(element);
        }
        raw(']');
    }

    private void object(JsonObject object) {
        raw('{');
        boolean first = true;
        for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
            if (!first) {
                raw(',');
            }
            first = false;
            string(member.getKey()).raw(':').value(member.getValue());
        }
        raw('}');
    }

    private void escapeAscii(char c) {
        switch (c) {
            case '"' -> shortEscape('"');
            case '\\' -> shortEscape('\\');
            case '\b' -> shortEscape('b');
            case '\f' -> shortEscape('f');
            case '\n' -> shortEscape('n');
            case '\r' -> shortEscape('r');
            case '\t' -> shortEscape('t');
            default -> unicodeEscape(c);
        }
    }

    private void shortEscape(char letter) {
        ensure(2);
        buffer[size++] = '\\';
        buffer[size++] = (byte) letter;
    }

    private void unicodeEscape(char c) {
        ensure(6);
        buffer[size++] = '\\';
        buffer[size++] = 'u';
        buffer[size++] = HEX[(c >> 12) & 0xF];
        buffer[size++] = HEX[(c >> 8) & 0xF];
        buffer[size++] = HEX[(c >> 4) & 0xF];
        buffer[size++] = HEX[c & 0xF];
    }

    private void utf8(int codePoint) {
        ensure(4);
        if (codePoint < 0x800) {
            buffer[size++] = (byte) (0xC0 | (codePoint >> 6));
            buffer[size++] = (byte) (0x80 | (codePoint & 0x3F));
        } else if (codePoint < 0x10000) {
            buffer[size++] = (byte) (0xE0 | (codePoint >> 12));
            buffer[size++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
            buffer[size++] = (byte) (0x80 | (codePoint & 0x3F));
        } else {
            buffer[size++] = (byte) (0xF0 | (codePoint >> 18));
            buffer[size++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
            buffer[size++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
            buffer[size++] = (byte) (0x80 | (codePoint & 0x3F));
        }
    }

    private void ensure(int extra) {
        if (size + extra > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + extra));
        }
    }
}
