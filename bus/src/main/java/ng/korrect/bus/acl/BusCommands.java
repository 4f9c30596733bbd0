package ng.korrect.bus.acl;

import java.util.List;

/**
 * Every Redis command a service's bus issues, grouped by the keys it issues them on. Each group
 * becomes one ACL selector, so that a command is allowed only on the keys of its group: {@code XADD}
 * on the streams the service produces and on its dead letters, never on another service's streams.
 * When the bus starts issuing a new command, it is added here, and {@code RedisAclIT} fails until it is.
 */
final class BusCommands {

    /**
     * Commands without keys, on every connection: {@code PING} (the health check), {@code INFO} (the
     * server version, which decides whether trimming may keep unacknowledged entries), {@code SELECT} (a
     * {@code /db} in the URL), {@code CLIENT SETNAME} (a client name in the URL), and {@code MULTI},
     * {@code EXEC}, {@code DISCARD} (atomic publishing and dead-lettering; each queued command is checked
     * against the ACL on its own), {@code WAIT} (an atomic publish waiting for replicas, with
     * {@code BusOptions.replicaAcks}). {@code AUTH} and {@code HELLO} need no rule: Redis lets every user run them.
     */
    static final List<String> CONNECTION = List.of("+ping", "+info", "+select", "+client|setname", "+multi", "+exec",
            "+discard", "+wait");

    /**
     * On the streams the service produces: {@code XADD ... MAXLEN ~ N} (one publish), {@code EVAL} of the
     * append script (several publishes at once; the script's own {@code XADD}s are checked against the
     * ACL again) and {@code XREVRANGE} (the outbox relay's look for events already published).
     */
    static final List<String> PUBLISH = List.of("+xadd", "+eval", "+xrevrange");

    /**
     * On the streams its group reads (its event streams and its replay stream): creating the group,
     * reading, acknowledging, claiming and retrying pending entries, the delivery counts, the retention
     * watch and the removal of idle consumers.
     */
    static final List<String> CONSUME = List.of("+xgroup|create", "+xgroup|delconsumer", "+xreadgroup", "+xack",
            "+xclaim", "+xautoclaim", "+xpending", "+xinfo|stream", "+xinfo|groups", "+xinfo|consumers");

    /** On the dead-letter streams of the types it consumes: appending a dead letter. */
    static final List<String> DEAD_LETTER = List.of("+xadd");

    /** On the keys of its group's idempotency guard in Redis: take a lease, read it, drop it. */
    static final List<String> IDEMPOTENCY = List.of("+set", "+get", "+del");

    private BusCommands() {
    }
}
