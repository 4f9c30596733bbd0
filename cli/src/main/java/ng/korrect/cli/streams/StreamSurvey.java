package ng.korrect.cli.streams;

import io.lettuce.core.KeyScanArgs;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.ScanIterator;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.models.stream.PendingMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;
import ng.korrect.bus.retention.RetentionAssessment;
import ng.korrect.bus.retention.StreamGroupStatus;
import ng.korrect.catalog.EventType;
import ng.korrect.cli.catalog.CatalogGroups;
import ng.korrect.cli.redis.Replies;

/**
 * Reads the state of the platform's streams: every catalog stream (present or not) with its groups and
 * dead letters, and the other {@code korrect:*} streams. One key per command, so it works on a cluster
 * node by node. Lag and losses are judged with the bus's own {@link RetentionAssessment}.
 */
final class StreamSurvey {

    private static final int COUNT_PAGE = 1_000;

    private final RedisCommands<String, byte[]> redis;
    private final RetentionAssessment assessment;

    StreamSurvey(RedisCommands<String, byte[]> redis, RetentionAssessment assessment) {
        this.redis = redis;
        this.assessment = assessment;
    }

    /** The 21 catalog streams, in catalog order. */
    List<StreamReport> catalogStreams() {
        List<StreamReport> reports = new ArrayList<>();
        for (EventType type : EventType.values()) {
            reports.add(read(type.streamKey(), Optional.of(type)));
        }
        return reports;
    }

    /** The {@code korrect:*} streams that are neither a catalog stream nor a catalog dead-letter stream, by key. */
    List<StreamReport> otherStreams() {
        TreeSet<String> keys = new TreeSet<>();
        ScanIterator.scan(redis, KeyScanArgs.Builder.matches("korrect:*").type("stream").limit(500)).forEachRemaining(keys::add);
        for (EventType type : EventType.values()) {
            keys.remove(type.streamKey());
            keys.remove(type.deadLetterKey());
        }
        return keys.stream().map(key -> read(key, Optional.empty())).toList();
    }

    private StreamReport read(String key, Optional<EventType> type) {
        long deadLetters = type.map(t -> redis.xlen(t.deadLetterKey())).orElse(0L);
        if (redis.exists(key) == 0) {
            return new StreamReport(key, type, false, 0, OptionalLong.empty(), Optional.empty(), Optional.empty(),
                    deadLetters, List.of());
        }
        Map<String, Object> info = Replies.asMap(redis.xinfoStream(key));
        long length = Replies.number(info.get("length")).orElse(0);
        OptionalLong entriesAdded = Replies.number(info.get("entries-added"));
        List<GroupReport> groups = new ArrayList<>();
        for (Object reply : redis.xinfoGroups(key)) {
            groups.add(group(key, type, length, entriesAdded, Replies.asMap(reply)));
        }
        return new StreamReport(key, type, true, length, entriesAdded, edgeId(key, true), edgeId(key, false),
                deadLetters, groups);
    }

    private GroupReport group(String key, Optional<EventType> type, long length, OptionalLong entriesAdded,
                              Map<String, Object> info) {
        String name = Replies.text(info.get("name"));
        long pending = Replies.number(info.get("pending")).orElse(0);
        String lastDelivered = Replies.text(info.get("last-delivered-id"));
        OptionalLong reportedLag = Replies.number(info.get("lag"));
        OptionalLong lag = reportedLag.isPresent() ? reportedLag : OptionalLong.of(countAfter(key, lastDelivered));
        StreamGroupStatus status = new StreamGroupStatus(key, name, length, entriesAdded, pending,
                Replies.number(info.get("entries-read")), lag);
        boolean inCatalog = type.map(t -> CatalogGroups.consumes(t, name)).orElse(false);
        return new GroupReport(status, inCatalog, Replies.number(info.get("consumers")).orElse(0),
                lastDelivered, oldestPendingIdle(key, name, pending), assessment.assess(status), reportedLag.isEmpty());
    }

    /**
     * The entries after the group's last-delivered id, counted up to MAXLEN: the lag where Redis does not
     * report one (before Redis 7, or after deletions inside the unread range), enough to judge it.
     */
    private long countAfter(String key, String lastDelivered) {
        long count = 0;
        Range.Boundary<String> from = Range.Boundary.excluding(lastDelivered);
        while (count < assessment.maxLength()) {
            int page = (int) Math.min(COUNT_PAGE, assessment.maxLength() - count);
            List<StreamMessage<String, byte[]>> entries = redis.xrange(key, Range.from(from, Range.Boundary.unbounded()),
                    Limit.from(page));
            count += entries.size();
            if (entries.size() < page) {
                break;
            }
            from = Range.Boundary.excluding(entries.get(entries.size() - 1).getId());
        }
        return count;
    }

    private OptionalLong oldestPendingIdle(String key, String group, long pending) {
        if (pending == 0) {
            return OptionalLong.empty();
        }
        List<PendingMessage> oldest = redis.xpending(key, group, Range.create("-", "+"), Limit.from(1));
        return oldest.isEmpty() ? OptionalLong.empty() : OptionalLong.of(oldest.get(0).getMsSinceLastDelivery());
    }

    private Optional<String> edgeId(String key, boolean first) {
        List<StreamMessage<String, byte[]>> edge = first
                ? redis.xrange(key, Range.create("-", "+"), Limit.from(1))
                : redis.xrevrange(key, Range.create("-", "+"), Limit.from(1));
        return edge.stream().findFirst().map(StreamMessage::getId);
    }
}
