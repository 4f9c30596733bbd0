package ng.korrect.bus.internal;

import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.List;
import ng.korrect.bus.BusException;

/**
 * Refuses to start a consumer under a name that a live consumer of the same group holds: two processes under one
 * name would share one pending list, each taking the other's entries for its own. A name whose consumer was
 * idle less than {@link #liveWindow} (three block times and a second) on any of the group's streams is held. On
 * Redis 7.2 and later a consumer's idle time counts from its last read of any kind, and a live consumer reads
 * each of its streams at least once per block time, so every live holder is found; Redis 7.0 counts it from the
 * last read that got entries, so there a holder is found only while it is getting entries (a quiet one looks
 * like a dead one). Default names carry the process id and never meet; the check is for a
 * {@code KORRECT_INSTANCE_ID} given to two processes. A process restarted under the name of its dead self waits
 * until that window has passed since the dead one's last read, then starts and takes its pending entries at once.
 */
final class ConsumerNameCheck {

    private ConsumerNameCheck() {
    }

    /** How recently a consumer must have read for its name to count as held: three block times and a second. */
    static Duration liveWindow(Duration blockTime) {
        return blockTime.multipliedBy(3).plusSeconds(1);
    }

    /**
     * Returns once no live consumer of that group holds the name on those streams (waiting at most one
     * {@link #liveWindow} for a dead one's to pass); otherwise throws, naming the consumer.
     *
     * @throws BusException when a consumer under that name is still reading
     */
    static void awaitFree(RedisCommands<String, byte[]> redis, String group, String consumer, List<String> streams,
                          Duration blockTime) {
        long window = liveWindow(blockTime).toMillis();
        long deadline = System.nanoTime() + Duration.ofMillis(window + 200).toNanos();
        while (true) {
            Held held = lastRead(redis, group, consumer, streams);
            if (held == null || held.idleMillis() >= window) {
                return;
            }
            long wait = window - held.idleMillis() + 100;
            if (System.nanoTime() + Duration.ofMillis(wait).toNanos() > deadline) {
                throw new BusException("the consumer name " + consumer + " of group " + group + " is held by a live "
                        + "consumer (it read " + held.stream() + " " + held.idleMillis() + " ms ago): another instance "
                        + "runs under this name; give each instance its own KORRECT_INSTANCE_ID, or leave it unset for "
                        + "a name of its own (host, service and process id)", null);
            }
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BusException("interrupted while waiting for the consumer name " + consumer + " to be free", e);
            }
        }
    }

    /** The most recent read of that consumer over those streams, or null when no stream has it. */
    private static Held lastRead(RedisCommands<String, byte[]> redis, String group, String consumer,
                                 List<String> streams) {
        Held latest = null;
        for (String stream : streams) {
            for (Object info : redis.xinfoConsumers(stream, group)) {
                ConsumerInfo found = ConsumerInfo.parse(info);
                if (found.name().equals(consumer) && (latest == null || found.idleMillis() < latest.idleMillis())) {
                    latest = new Held(stream, found.idleMillis());
                }
            }
        }
        return latest;
    }

    private record Held(String stream, long idleMillis) {
    }
}
