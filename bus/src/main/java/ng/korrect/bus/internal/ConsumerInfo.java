package ng.korrect.bus.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** One row of {@code XINFO CONSUMERS}: a consumer's name, pending count and idle time. */
record ConsumerInfo(String name, long pending, long idleMillis) {

    /** Reads the flat key-value list that Redis returns for one consumer. */
    static ConsumerInfo parse(Object reply) {
        List<?> fields = (List<?>) reply;
        String name = "";
        long pending = 0;
        long idle = 0;
        for (int i = 0; i + 1 < fields.size(); i += 2) {
            String key = text(fields.get(i));
            Object value = fields.get(i + 1);
            switch (key) {
                case "name" -> name = text(value);
                case "pending" -> pending = number(value);
                case "idle" -> idle = number(value);
                default -> {
                    // other fields (inactive, ...) do not matter here
                }
            }
        }
        return new ConsumerInfo(name, pending, idle);
    }

    private static String text(Object value) {
        return value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(value);
    }

    private static long number(Object value) {
        return value instanceof Number number ? number.longValue() : Long.parseLong(text(value));
    }
}
