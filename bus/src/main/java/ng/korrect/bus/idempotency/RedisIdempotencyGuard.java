package ng.korrect.bus.idempotency;

import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.Objects;
import ng.korrect.bus.EventHandler;
import ng.korrect.catalog.payload.EventPayload;

/**
 * Skips an event that the group already handled, remembered in Redis for a time to live. Before the
 * handler runs, {@code SET korrect:handled:{group}:{eventId} in-progress NX PX lease} takes a lease; after
 * it succeeds the key is set to {@code done} for the time to live; when it fails the lease is dropped so
 * the retry may run. A delivery that finds {@code done} is skipped (and acknowledged); one that finds
 * another's lease fails with {@link EventAlreadyInProgressException} and is retried.
 *
 * <p>The handler's effects and the {@code done} mark are not atomic: a crash between them repeats the
 * effects once. Where that matters, record effects and mark in one database transaction with
 * {@link JdbcIdempotencyGuard}. Thread-safe.
 */
public final class RedisIdempotencyGuard {

    /** The start of every key of the guard, {@code korrect:handled:{group}:{eventId}}; the ACL of each group allows its own. */
    public static final String KEY_PREFIX = "korrect:handled:";
    private static final String DONE = "done";
    private static final String IN_PROGRESS = "in-progress";

    private final StatefulRedisConnection<String, String> redis;
    private final Duration timeToLive;
    private final Duration lease;

    /**
     * A guard on that connection.
     *
     * @param redis a connection of the caller's, which the guard does not close
     * @param timeToLive how long a handled event is remembered (longer than any redelivery can come: a day, say)
     * @param lease how long a delivery may hold the event before another may take over (longer than the handler)
     */
    public RedisIdempotencyGuard(StatefulRedisConnection<String, String> redis, Duration timeToLive, Duration lease) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.timeToLive = requirePositive(timeToLive, "timeToLive");
        this.lease = requirePositive(lease, "lease");
    }

    /** The handler, run at most once to success per event for the group. */
    public <P extends EventPayload> EventHandler<P> guard(EventHandler<P> handler) {
        return (event, delivery) -> {
            String key = KEY_PREFIX + delivery.group() + ":" + event.id();
            String taken = redis.sync().set(key, IN_PROGRESS, SetArgs.Builder.nx().px(lease.toMillis()));
            if (taken == null) {
                if (DONE.equals(redis.sync().get(key))) {
                    return;
                }
                throw new EventAlreadyInProgressException(delivery.group(), event.id());
            }
            try {
                handler.handle(event, delivery);
            } catch (Exception | Error failure) {
                redis.sync().del(key);
                throw failure;
            }
            redis.sync().set(key, DONE, SetArgs.Builder.px(timeToLive.toMillis()));
        };
    }

    private static Duration requirePositive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration, was " + duration);
        }
        return duration;
    }
}
