package ng.korrect.bus.internal;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** Reads the flat key-value lists that {@code XINFO} replies with. */
final class RedisReplies {

    private RedisReplies() {
    }

    /** The list {@code [k1, v1, k2, v2, ...]} as a map. */
    static Map<String, Object> asMap(List<?> flat) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i + 1 < flat.size(); i += 2) {
            map.put(text(flat.get(i)), flat.get(i + 1));
        }
        return map;
    }

    /** A reply element as text, whether it came as bytes or as a string. */
    static String text(Object value) {
        return value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(value);
    }

    /** A reply element as a number; empty when it is nil or not a number. */
    static OptionalLong number(Object value) {
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
}
