package ng.korrect.bus.internal;

import java.util.List;
import java.util.Map;

/** One row of {@code XINFO CONSUMERS}: a consumer's name, pending count and idle time. */
record ConsumerInfo(String name, long pending, long idleMillis) {

    /** Reads the flat key-value list that Redis returns for one consumer. */
    static ConsumerInfo parse(Object reply) {
        Map<String, Object> fields = RedisReplies.asMap((List<?>) reply);
        return new ConsumerInfo(RedisReplies.text(fields.get("name")),
                RedisReplies.number(fields.get("pending")).orElse(0),
                RedisReplies.number(fields.get("idle")).orElse(0));
    }
}
