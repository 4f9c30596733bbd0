package ng.korrect.bus;

import java.util.List;

/**
 * Every meter the bus registers, declared once: name, kind, unit and tags. Names follow Micrometer's
 * dotted convention; a Prometheus registry renders {@code korrect.bus.published} as
 * {@code korrect_bus_published_total}.
 */
public enum BusMeter {
    /** Events put on a stream. */
    PUBLISHED("korrect.bus.published", Kind.COUNTER, "events", "Events published", "type"),
    /** Events a publisher could not put on a stream. */
    PUBLISH_FAILED("korrect.bus.publish.failed", Kind.COUNTER, "events", "Publishes that failed", "type"),
    /** Time from a publish call to Redis' reply. */
    PUBLISH_LATENCY("korrect.bus.publish.latency", Kind.TIMER, "seconds", "Publish round trip", "type"),
    /** Deliveries to a group's handlers, retries included. */
    DELIVERED("korrect.bus.delivered", Kind.COUNTER, "deliveries", "Deliveries to handlers", "group", "type"),
    /** Time the handlers of a group took for one delivery. */
    HANDLER_LATENCY("korrect.bus.handler.latency", Kind.TIMER, "seconds", "Handler time per delivery", "group", "type"),
    /** Deliveries whose handler failed. */
    FAILURES("korrect.bus.failures", Kind.COUNTER, "deliveries", "Failed deliveries", "group", "type"),
    /** Deliveries whose handler failed permanently, dead-lettered at once (also counted in FAILURES and DEAD_LETTERED). */
    PERMANENT_FAILURES("korrect.bus.failures.permanent", Kind.COUNTER, "deliveries", "Failures not retried",
            "group", "type"),
    /** Deliveries scheduled again after a failure. */
    RETRIES("korrect.bus.retries", Kind.COUNTER, "deliveries", "Retries scheduled", "group", "type"),
    /** Entries moved to the dead letters. */
    DEAD_LETTERED("korrect.bus.dead.lettered", Kind.COUNTER, "entries", "Entries dead-lettered", "group", "type"),
    /** Entries claimed from consumers that were idle too long. */
    RECLAIMED("korrect.bus.reclaimed", Kind.COUNTER, "entries", "Entries reclaimed", "group", "type"),
    /** Entries of a stream delivered to a group and not acknowledged. */
    PENDING("korrect.bus.pending", Kind.GAUGE, "entries", "Pending entries", "group", "stream"),
    /** Entries of a stream the group has not read yet (Redis 7+). */
    LAG("korrect.bus.lag", Kind.GAUGE, "entries", "Entries not yet read by the group", "group", "stream"),
    /** Entries trimmed from a stream before the group read them (Redis 7+). */
    TRIMMED_UNREAD("korrect.bus.trimmed.unread", Kind.GAUGE, "entries", "Entries lost to trimming", "group", "stream"),
    /** Rows of an outbox not yet published. */
    OUTBOX_BACKLOG("korrect.bus.outbox.backlog", Kind.GAUGE, "rows", "Outbox rows waiting", "table");

    /** How a meter measures. */
    public enum Kind {
        /** A monotonic count. */
        COUNTER,
        /** A distribution of durations. */
        TIMER,
        /** A value sampled when read. */
        GAUGE
    }

    private final String meterName;
    private final Kind kind;
    private final String unit;
    private final String description;
    private final List<String> tagKeys;

    BusMeter(String meterName, Kind kind, String unit, String description, String... tagKeys) {
        this.meterName = meterName;
        this.kind = kind;
        this.unit = unit;
        this.description = description;
        this.tagKeys = List.of(tagKeys);
    }

    /** The meter's name. */
    public String meterName() {
        return meterName;
    }

    /** What kind of meter it is. */
    public Kind kind() {
        return kind;
    }

    /** The base unit. */
    public String unit() {
        return unit;
    }

    /** One line on what it measures. */
    public String description() {
        return description;
    }

    /** The tag keys, in the order their values are given. */
    public List<String> tagKeys() {
        return tagKeys;
    }
}
