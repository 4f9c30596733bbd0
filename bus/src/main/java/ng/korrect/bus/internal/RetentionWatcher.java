package ng.korrect.bus.internal;

import io.lettuce.core.RedisException;
import io.lettuce.core.api.sync.RedisCommands;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import ng.korrect.bus.BusMeter;
import ng.korrect.bus.retention.RetentionAssessment;
import ng.korrect.bus.retention.StreamGroupStatus;
import ng.korrect.catalog.EventType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks periodically at how far the group is behind on each of its streams: sets the pending, lag and
 * trimmed-unread gauges, warns once when the lag passes the threshold, and reports, with a count, any
 * entries trimmed before the group read them. Keeps the last status per stream for the health check.
 */
final class RetentionWatcher implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionWatcher.class);

    private final GroupContext group;
    private final BusMetrics metrics;
    private final RetentionAssessment assessment;
    private final Map<EventType, StreamGroupStatus> latest = new ConcurrentHashMap<>();
    private final Map<EventType, RetentionAssessment.Level> levels = new ConcurrentHashMap<>();
    private final Map<EventType, Long> lost = new ConcurrentHashMap<>();
    private final Map<EventType, Long> lostReported = new ConcurrentHashMap<>();

    RetentionWatcher(GroupContext group, BusMetrics metrics) {
        this.group = group;
        this.metrics = metrics;
        this.assessment = new RetentionAssessment(group.options().maxLength(), group.options().lagWarningRatio());
    }

    /** Each stream's last status, with the losses seen so far and its level. */
    java.util.List<ng.korrect.bus.GroupHealth.Stream> streams() {
        return latest.entrySet().stream().map(entry -> {
            long lostSoFar = lost.getOrDefault(entry.getKey(), 0L);
            return new ng.korrect.bus.GroupHealth.Stream(entry.getValue(), lostSoFar,
                    assessment.assess(entry.getValue(), lostSoFar));
        }).toList();
    }

    @Override
    public void run() {
        RedisCommands<String, byte[]> redis = group.connections().shared().sync();
        for (EventType type : group.handlers().keySet()) {
            try {
                StreamGroupStatus status = read(redis, type);
                latest.put(type, status);
                publish(type, status);
            } catch (RedisException e) {
                LOG.debug("cannot read the state of {} for group {}: {}", type.streamKey(), group.name(), e.toString());
            }
        }
    }

    private void publish(EventType type, StreamGroupStatus status) {
        metrics.gauge(BusMeter.PENDING, status.pending(), group.name(), type.streamKey());
        status.lag().ifPresent(lag -> metrics.gauge(BusMeter.LAG, lag, group.name(), type.streamKey()));
        long lostSoFar = lost.merge(type, status.trimmedUnread().orElse(0), Math::max);
        metrics.gauge(BusMeter.TRIMMED_UNREAD, lostSoFar, group.name(), type.streamKey());
        RetentionAssessment.Level level = assessment.assess(status, lostSoFar);
        RetentionAssessment.Level before = levels.put(type, level);
        if (level == RetentionAssessment.Level.LOSS && before == RetentionAssessment.Level.LOSS
                && lostSoFar > lostReported.getOrDefault(type, 0L)) {
            LOG.error("group {} lost {} entries of {} so far: trimmed (MAXLEN ~ {}) before it read them",
                    group.name(), lostSoFar, type.streamKey(), group.options().maxLength());
        }
        lostReported.put(type, lostSoFar);
        if (level == before) {
            return;
        }
        switch (level) {
            case LOSS -> LOG.error("group {} lost {} entries of {}: trimmed (MAXLEN ~ {}) before it read them",
                    group.name(), lostSoFar, type.streamKey(), group.options().maxLength());
            case LAG_WARNING -> LOG.warn("group {} lags {} entries behind on {}, past the warning threshold of {} "
                    + "(MAXLEN ~ {}): unread entries may soon be trimmed", group.name(), status.lag().orElse(0),
                    type.streamKey(), assessment.lagThreshold(), group.options().maxLength());
            case OK -> {
                if (before != null) {
                    LOG.info("group {} is back within its lag threshold on {}", group.name(), type.streamKey());
                }
            }
        }
    }

    static StreamGroupStatus read(RedisCommands<String, byte[]> redis, EventType type, String groupName) {
        Map<String, Object> stream = RedisReplies.asMap(redis.xinfoStream(type.streamKey()));
        for (Object reply : redis.xinfoGroups(type.streamKey())) {
            Map<String, Object> info = RedisReplies.asMap((List<?>) reply);
            if (groupName.equals(RedisReplies.text(info.get("name")))) {
                return new StreamGroupStatus(type.streamKey(), groupName, RedisReplies.number(stream.get("length")).orElse(0),
                        RedisReplies.number(stream.get("entries-added")), RedisReplies.number(info.get("pending")).orElse(0),
                        RedisReplies.number(info.get("entries-read")), RedisReplies.number(info.get("lag")));
            }
        }
        throw new RedisException("no group " + groupName + " on " + type.streamKey());
    }

    private StreamGroupStatus read(RedisCommands<String, byte[]> redis, EventType type) {
        return read(redis, type, group.name());
    }
}
