package ng.korrect.app.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanIterator;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ng.korrect.catalog.EventType;

/**
 * What is on the wire, read with plain {@code XRANGE}, {@code XINFO GROUPS} and {@code XLEN} (no group is
 * disturbed): every entry of every {@code korrect:events:{type}} stream of the catalog, each stream's consumer
 * groups, and the dead letters.
 *
 * @param events every entry of every event stream, by stream then entry id
 * @param groups each stream's consumer groups
 * @param deadLetters the length of each {@code korrect:dlq:*} stream that has entries
 */
record WireSnapshot(List<WireEvent> events, Map<EventType, List<GroupState>> groups, Map<String, Long> deadLetters) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One entry of an event stream.
     *
     * @param entryId the stream entry id
     * @param type the stream's event type
     * @param eventId the envelope's {@code id}, or "" when the entry cannot be read
     * @param payload the envelope's payload
     * @param data the entry's {@code data} field as written
     */
    record WireEvent(String entryId, EventType type, String eventId, JsonNode payload, String data) {

        /** A payload field as text, "" when absent. */
        String field(String name) {
            JsonNode value = payload.path(name);
            return value.isMissingNode() || value.isNull() ? "" : value.asText();
        }
    }

    /**
     * One consumer group of one stream.
     *
     * @param name the group
     * @param pending entries delivered and not acknowledged
     * @param lag entries not yet delivered, or -1 when Redis cannot tell
     * @param lastDeliveredId the last entry delivered to the group
     * @param oldestPending the first few pending entries: id, consumer, idle time and deliveries
     */
    record GroupState(String name, long pending, long lag, String lastDeliveredId, List<String> oldestPending) {
    }

    /** Reads the Redis at that URL. */
    static WireSnapshot read(String redisUrl) {
        io.lettuce.core.RedisURI uri = io.lettuce.core.RedisURI.create(redisUrl);
        uri.setTimeout(Duration.ofSeconds(10));
        RedisClient client = RedisClient.create(uri);
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            RedisCommands<String, String> redis = connection.sync();
            List<WireEvent> events = new ArrayList<>();
            Map<EventType, List<GroupState>> groups = new LinkedHashMap<>();
            for (EventType type : EventType.values()) {
                for (StreamMessage<String, String> entry : redis.xrange(type.streamKey(), Range.create("-", "+"))) {
                    events.add(event(type, entry));
                }
                groups.put(type, redis.exists(type.streamKey()) == 0 ? List.of() : groups(redis, type.streamKey()));
            }
            Map<String, Long> deadLetters = new LinkedHashMap<>();
            ScanIterator.scan(redis, ScanArgs.Builder.matches("korrect:dlq:*").limit(500)).forEachRemaining(key -> {
                if ("stream".equals(redis.type(key)) && redis.xlen(key) > 0) {
                    deadLetters.put(key, redis.xlen(key));
                }
            });
            return new WireSnapshot(events, groups, deadLetters);
        } finally {
            client.shutdown();
        }
    }

    private static WireEvent event(EventType type, StreamMessage<String, String> entry) {
        String data = entry.getBody().getOrDefault("data", "");
        try {
            JsonNode envelope = JSON.readTree(data);
            return new WireEvent(entry.getId(), type, envelope.path("id").asText(""), envelope.path("payload"), data);
        } catch (IOException e) {
            return new WireEvent(entry.getId(), type, "", JSON.createObjectNode(), data);
        }
    }

    private static List<GroupState> groups(RedisCommands<String, String> redis, String stream) {
        List<GroupState> groups = new ArrayList<>();
        for (Object raw : redis.xinfoGroups(stream)) {
            Map<String, Object> fields = new LinkedHashMap<>();
            List<?> flat = (List<?>) raw;
            for (int i = 0; i + 1 < flat.size(); i += 2) {
                fields.put(String.valueOf(flat.get(i)), flat.get(i + 1));
            }
            Object lag = fields.get("lag");
            String name = String.valueOf(fields.get("name"));
            long pending = ((Number) fields.get("pending")).longValue();
            List<String> oldest = pending == 0 ? List.of() : redis.xpending(stream, name, Range.create("-", "+"),
                    io.lettuce.core.Limit.from(3)).stream().map(entry -> entry.getId() + " (consumer " + entry.getConsumer()
                    + ", idle " + entry.getMsSinceLastDelivery() + " ms, " + entry.getRedeliveryCount() + " deliveries)").toList();
            groups.add(new GroupState(name, pending, lag instanceof Number number ? number.longValue() : -1,
                    String.valueOf(fields.get("last-delivered-id")), oldest));
        }
        return groups;
    }

    /** Every entry of one type. */
    List<WireEvent> of(EventType type) {
        return events.stream().filter(event -> event.type() == type).toList();
    }
}
