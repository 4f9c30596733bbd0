package ng.korrect.app.demo;

import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanIterator;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the event streams and how far each consumer group got, without disturbing any group: only
 * {@code SCAN}, {@code XRANGE}, {@code XINFO} and {@code XPENDING}, never {@code XREADGROUP} or an ack.
 * A group has handled an entry when its last-delivered id is at or past the entry and the entry is not in
 * its pending list. Not thread-safe: one reader per connection.
 */
public final class StreamProgress implements AutoCloseable {

    /** The prefix of every event stream (CONTRACTS.md section 1). */
    public static final String STREAM_PREFIX = "korrect:events:";

    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;

    private StreamProgress(RedisClient client) {
        this.client = client;
        this.connection = client.connect();
    }

    /** A reader of the Redis at that URL. */
    public static StreamProgress connect(String redisUrl) {
        return new StreamProgress(RedisClient.create(redisUrl));
    }

    /** The event streams that exist, by key. */
    public List<String> streams() {
        List<String> keys = new ArrayList<>();
        ScanIterator.scan(commands(), ScanArgs.Builder.matches(STREAM_PREFIX + "*").limit(500)).forEachRemaining(keys::add);
        return keys.stream().filter(key -> "stream".equals(commands().type(key))).sorted().toList();
    }

    /** The entries of a stream after that id (exclusive; {@code "-"} for all), oldest first. */
    public List<StreamMessage<String, String>> entriesAfter(String stream, String afterId) {
        Range.Boundary<String> lower = "-".equals(afterId) ? Range.Boundary.unbounded() : Range.Boundary.excluding(afterId);
        return commands().xrange(stream, Range.from(lower, Range.Boundary.unbounded()));
    }

    /** Each consumer group of the stream with its last-delivered id and pending entry ids. */
    public Map<String, GroupState> groups(String stream) {
        Map<String, GroupState> groups = new LinkedHashMap<>();
        for (Object raw : commands().xinfoGroups(stream)) {
            Map<String, Object> fields = pairs((List<?>) raw);
            String name = String.valueOf(fields.get("name"));
            long pendingCount = ((Number) fields.get("pending")).longValue();
            Set<String> pending = new HashSet<>();
            if (pendingCount > 0) {
                commands().xpending(stream, name, Range.create("-", "+"), Limit.from(10_000))
                        .forEach(message -> pending.add(message.getId()));
            }
            groups.put(name, new GroupState(name, String.valueOf(fields.get("last-delivered-id")), pending));
        }
        return groups;
    }

    /** The groups of the stream that have handled that entry. */
    public List<String> handledBy(String stream, String entryId) {
        return groups(stream).values().stream().filter(group -> group.handled(entryId)).map(GroupState::name).toList();
    }

    /** Whether every group of every stream has handled every entry of its stream. */
    public boolean everyGroupCaughtUp() {
        for (String stream : streams()) {
            List<StreamMessage<String, String>> last = commands().xrevrange(stream, Range.create("-", "+"), Limit.from(1));
            if (last.isEmpty()) {
                continue;
            }
            String lastId = last.get(0).getId();
            if (!groups(stream).values().stream().allMatch(group -> group.handled(lastId) && group.pending().isEmpty())) {
                return false;
            }
        }
        return true;
    }

    private RedisCommands<String, String> commands() {
        return connection.sync();
    }

    private static Map<String, Object> pairs(List<?> flat) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i + 1 < flat.size(); i += 2) {
            fields.put(String.valueOf(flat.get(i)), flat.get(i + 1));
        }
        return fields;
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown();
    }

    /**
     * One consumer group of one stream.
     *
     * @param name the group (the consuming service)
     * @param lastDeliveredId the id of the last entry delivered to the group
     * @param pending the ids delivered and not acknowledged yet
     */
    public record GroupState(String name, String lastDeliveredId, Set<String> pending) {

        public GroupState {
            pending = Set.copyOf(pending);
        }

        /** Whether the group has handled that entry: delivered to it and not pending any more. */
        public boolean handled(String entryId) {
            return EntryIds.compare(lastDeliveredId, entryId) >= 0 && !pending.contains(entryId);
        }
    }
}
