package ng.korrect.bus;

import java.util.List;
import ng.korrect.bus.retention.RetentionAssessment;
import ng.korrect.bus.retention.StreamGroupStatus;

/**
 * How one consumer group is doing: running, and, for each stream it reads, its pending entries, lag and
 * losses as last looked at.
 *
 * @param group the group's name
 * @param consumer this process's consumer name
 * @param running whether it is consuming
 * @param streams each stream's last known status and level
 */
public record GroupHealth(String group, String consumer, boolean running, List<Stream> streams) {

    /** Copies the list. */
    public GroupHealth {
        streams = List.copyOf(streams);
    }

    /** Running, and no stream lags past its threshold or lost entries. */
    public boolean healthy() {
        return running && streams.stream().allMatch(stream -> stream.level() == RetentionAssessment.Level.OK);
    }

    /**
     * One stream of the group.
     *
     * @param status what Redis said when last looked at
     * @param lostEntries the entries seen trimmed before the group read them since it started (a lower
     *     bound: a loss that opens and is read past between two looks goes unseen)
     * @param level how that stands
     */
    public record Stream(StreamGroupStatus status, long lostEntries, RetentionAssessment.Level level) {
    }
}
