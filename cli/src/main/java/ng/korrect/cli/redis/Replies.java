package ng.korrect.cli.redis;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** Reads Redis replies: the flat key-value lists of {@code XINFO}, and entry fields kept as bytes. */
public final class Replies {

    private Replies() {
    }

    /** The list {@code [k1, v1, k2, v2, ...]} as a map. */
    public static Map<String, Object> asMap(Object flat) {
        Map<String, Object> map = new HashMap<>();
        List<?> list = (List<?>) flat;
        for (int i = 0; i + 1 < list.size(); i += 2) {
            map.put(text(list.get(i)), list.get(i + 1));
        }
        return map;
    }

    /** A reply element as text, whether it came as bytes or as a string; null stays null. */
    public static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(value);
    }

    /** A reply element as a number; empty when it is nil or not a number. */
    public static OptionalLong number(Object value) {
        if (value instanceof Number number) {
            return OptionalLong.of(number.longValue());
        }
        if (value == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(text(value)));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** A field of an entry as text, if the entry has it. */
    public static Optional<String> field(Map<String, byte[]> fields, String name) {
        return Optional.ofNullable(fields).map(map -> map.get(name)).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }
}
