package ng.korrect.bus.retention;

/**
 * Judges a group's standing on a stream trimmed at {@code MAXLEN ~ maxLength}: lag at or past the
 * warning share of the maximum length means the group risks losing entries to trimming; any entry
 * trimmed unread means it already lost some. Pure and immutable.
 *
 * @param maxLength the streams' {@code MAXLEN}
 * @param lagWarningRatio the share of {@code maxLength} at which lag is worth a warning (default 0.8)
 */
public record RetentionAssessment(long maxLength, double lagWarningRatio) {

    /** Checks the settings. */
    public RetentionAssessment {
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be at least 1, was " + maxLength);
        }
        if (!(lagWarningRatio > 0 && lagWarningRatio <= 1)) {
            throw new IllegalArgumentException("lagWarningRatio must be in (0, 1], was " + lagWarningRatio);
        }
    }

    /** The lag from which a warning is due. */
    public long lagThreshold() {
        return (long) Math.ceil(maxLength * lagWarningRatio);
    }

    /** The level of that status, judged by the entries it shows trimmed unread. */
    public Level assess(StreamGroupStatus status) {
        return assess(status, status.trimmedUnread().orElse(0));
    }

    /**
     * The level of that status, given how many entries the group is known to have lost so far: once a
     * group reads past a gap, Redis counts the trimmed entries as read, so a watcher remembers losses.
     */
    public Level assess(StreamGroupStatus status, long lostSoFar) {
        if (lostSoFar > 0) {
            return Level.LOSS;
        }
        return status.lag().orElse(0) >= lagThreshold() ? Level.LAG_WARNING : Level.OK;
    }

    /** How a group stands on a stream. */
    public enum Level {
        /** Nothing to report. */
        OK,
        /** The group lags close to the length at which unread entries get trimmed. */
        LAG_WARNING,
        /** Entries were trimmed before the group read them. */
        LOSS
    }
}
