package ng.korrect.cli.streams;

import java.util.OptionalLong;
import ng.korrect.bus.retention.RetentionAssessment;
import ng.korrect.bus.retention.StreamGroupStatus;

/**
 * One consumer group on one stream, as {@code korrect streams} reports it.
 *
 * @param status what Redis says of the group (pending, lag, entries read), as the bus's retention watch reads it
 * @param inCatalog whether the catalog names this group as a consumer of the stream's type
 * @param consumers how many consumers the group has
 * @param lastDeliveredId the id of the last entry delivered to the group
 * @param oldestPendingIdleMillis how long the oldest pending entry has waited since its last delivery
 * @param level how the group stands, judged by the bus's {@link RetentionAssessment}
 * @param lagCounted whether the lag was counted entry by entry (up to MAXLEN) because Redis did not report it
 */
record GroupReport(StreamGroupStatus status, boolean inCatalog, long consumers, String lastDeliveredId,
                   OptionalLong oldestPendingIdleMillis, RetentionAssessment.Level level, boolean lagCounted) {

    String name() {
        return status.group();
    }
}
