package ng.korrect.bench.bus;

import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.sync.RedisCommands;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * Tells when a group has drained a stream: its handlers saw every entry, nothing is pending
 * ({@code XPENDING} count 0) and its last-delivered id is the stream's last entry.
 */
final class StreamProbe {

    private final RedisCommands<String, String> redis;
    private final String stream;

    StreamProbe(RedisCommands<String, String> redis, String stream) {
        this.redis = redis;
        this.stream = stream;
    }

    /** The id of the stream's last entry. */
    String lastEntryId() {
        List<StreamMessage<String, String>> last = redis.xrevrange(stream, Range.create("-", "+"), Limit.from(1));
        if (last.isEmpty()) {
            throw new IllegalStateException(stream + " is empty");
        }
        return last.get(0).getId();
    }

    /**
     * Waits until the group has handled {@code expected} entries and acknowledged all of them up to
     * {@code lastEntryId}, looking every millisecond.
     *
     * @return whether it did so before the deadline ({@link System#nanoTime()})
     */
    boolean awaitDrained(String group, String lastEntryId, LongSupplier handled, long expected, long deadline) {
        while (System.nanoTime() < deadline) {
            if (handled.getAsLong() >= expected && isDrained(group, lastEntryId)) {
                return true;
            }
            LockSupport.parkNanos(1_000_000);
        }
        return false;
    }

    boolean isDrained(String group, String lastEntryId) {
        return redis.xpending(stream, group).getCount() == 0 && lastEntryId.equals(lastDeliveredId(group));
    }

    /** The {@code last-delivered-id} of the group in {@code XINFO GROUPS}. */
    String lastDeliveredId(String group) {
        for (Object info : redis.xinfoGroups(stream)) {
            List<?> fields = (List<?>) info;
            if (group.equals(valueOf(fields, "name"))) {
                return String.valueOf(valueOf(fields, "last-delivered-id"));
            }
        }
        return null;
    }

    private static Object valueOf(List<?> fields, String key) {
        for (int i = 0; i + 1 < fields.size(); i += 2) {
            if (key.equals(String.valueOf(fields.get(i)))) {
                return fields.get(i + 1);
            }
        }
        return null;
    }
}
