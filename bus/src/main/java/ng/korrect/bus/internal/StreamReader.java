package ng.korrect.bus.internal;

import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.RedisBusyException;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisException;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.models.stream.PendingMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import ng.korrect.bus.ReplayStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one stream for the group (an event stream or its replay stream), on a connection of its own: first this consumer's own pending
 * entries (left by its previous run, or delivered in a reply that a broken connection lost), then new
 * ones with a blocking {@code XREADGROUP}, one stream per
 * command so that no command spans two hash slots. It reads only as many entries as it has in-flight
 * permits for, so a backlog never piles up in memory. A missing group (after a Redis restart or a
 * flush) is created again; while Redis is unreachable it waits with backoff.
 */
final class StreamReader implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(StreamReader.class);
    /** The most entries one read of the replay stream asks for. */
    private static final int REPLAY_BATCH = 16;

    private final GroupContext group;
    private final GroupStream stream;
    private final EntryProcessor processor;
    private final ReconnectBackoff backoff;
    private String ownPendingCursor = "0";

    StreamReader(GroupContext group, GroupStream stream, EntryProcessor processor) {
        this.group = group;
        this.stream = stream;
        this.processor = processor;
        this.backoff = new ReconnectBackoff(group.options().reconnectBackoffMax(), LOG,
                "group " + group.name() + " on " + stream.key());
    }

    @Override
    public void run() {
        try (StatefulRedisConnection<String, byte[]> connection =
                     group.connections().dedicated(group.options().blockTime())) {
            RedisCommands<String, byte[]> redis = connection.sync();
            boolean ownPendingDone = false;
            while (group.isRunning()) {
                try {
                    if (!ownPendingDone) {
                        ownPendingDone = readOwnPending(redis);
                    } else {
                        readNew(redis);
                    }
                    backoff.succeeded();
                } catch (RedisCommandExecutionException e) {
                    if (!recoverFrom(redis, e)) {
                        return;
                    }
                } catch (RedisException e) {
                    // a reply lost with the connection leaves entries pending on us: read them again first
                    ownPendingDone = false;
                    ownPendingCursor = "0";
                    if (!backoff.failedAndWait(e)) {
                        return;
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.error("the reader of group {} on {} stopped", group.name(), stream.key(), e);
        }
    }

    /** Creates the group from the stream's start (and the stream if missing); an existing group is fine. */
    static void createGroup(RedisCommands<String, byte[]> redis, String stream, String group) {
        try {
            redis.xgroupCreate(XReadArgs.StreamOffset.from(stream, "0"), group, XGroupCreateArgs.Builder.mkstream());
        } catch (RedisBusyException alreadyThere) {
            // BUSYGROUP: the group exists, which is all we need
        }
    }

    /** Reads a batch of this consumer's own pending entries; true when there are none left. */
    private boolean readOwnPending(RedisCommands<String, byte[]> redis) {
        return readBatch(redis, XReadArgs.StreamOffset.from(stream.key(), ownPendingCursor), false) == 0;
    }

    private void readNew(RedisCommands<String, byte[]> redis) {
        readBatch(redis, XReadArgs.StreamOffset.lastConsumed(stream.key()), true);
    }

    /**
     * Reads a batch and submits its entries. An event stream's reader takes its in-flight permits before
     * it reads (and holds them while it blocks); the replay stream's reader, which is empty nearly always,
     * blocks without permits and takes one per entry it got, so that it never holds capacity the event
     * streams need.
     */
    private int readBatch(RedisCommands<String, byte[]> redis, XReadArgs.StreamOffset<String> offset, boolean block) {
        boolean permitsFirst = stream.streamType() != null;
        int permits = permitsFirst ? acquirePermits() : 0;
        if (permitsFirst && permits == 0) {
            return -1;
        }
        int used = 0;
        try {
            XReadArgs args = XReadArgs.Builder.count(permitsFirst ? permits : Math.min(REPLAY_BATCH, group.options().batchSize()));
            if (block) {
                args.block(group.options().blockTime());
            }
            List<StreamMessage<String, byte[]>> messages = redis.xreadgroup(group.consumer(), args, offset);
            Map<String, Long> deliveries = block ? Map.of() : deliveryCounts(redis, messages);
            for (StreamMessage<String, byte[]> message : messages) {
                ownPendingCursor = block ? ownPendingCursor : message.getId();
                Optional<PendingEntry> typed = stream.entry(message, deliveries.getOrDefault(message.getId(), 1L));
                if (typed.isEmpty()) {
                    acknowledgeUntyped(redis, group, stream, message.getId());
                    continue;
                }
                PendingEntry entry = typed.get();
                if (group.inFlight().contains(entry.key())) {
                    continue;
                }
                if (!permitsFirst && !awaitPermit()) {
                    break; // stopping: the rest stays pending, for the next start or another consumer
                }
                used++;
                if (!processor.submit(entry)) {
                    break; // stopping: the rest stays pending, for the next start or another consumer
                }
            }
            return messages.size();
        } finally {
            if (permitsFirst) {
                group.permits().release(permits - used);
            }
        }
    }

    /** Waits for one in-flight permit while the group runs; false when it stopped first. */
    private boolean awaitPermit() {
        try {
            while (group.isRunning()) {
                if (group.permits().tryAcquire(100, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /**
     * Acknowledges a replay entry whose event type cannot be told, so that it does not come back forever;
     * replay streams are not trimmed, so the entry itself stays there to be looked at.
     */
    static void acknowledgeUntyped(RedisCommands<String, byte[]> redis, GroupContext group, GroupStream stream,
                                   String entryId) {
        LOG.error("entry {} of {} names no event type of the catalog in its '{}' field: group {} acknowledges it "
                + "without handling it; it stays in the stream", entryId, stream.key(), ReplayStream.TYPE_FIELD,
                group.name());
        redis.xack(stream.key(), group.name(), entryId);
    }

    /** How many times each of these pending entries has been delivered, reading included. */
    static Map<String, Long> deliveryCounts(RedisCommands<String, byte[]> redis, GroupContext group,
                                            String stream, List<StreamMessage<String, byte[]>> messages) {
        if (messages.isEmpty()) {
            return Map.of();
        }
        String first = messages.get(0).getId();
        String last = messages.get(messages.size() - 1).getId();
        List<PendingMessage> pending = redis.xpending(stream, group.consumer(),
                Range.create(first, last), Limit.from(messages.size()));
        Map<String, Long> counts = new HashMap<>();
        for (PendingMessage message : pending) {
            counts.put(message.getId(), message.getRedeliveryCount());
        }
        return counts;
    }

    private Map<String, Long> deliveryCounts(RedisCommands<String, byte[]> redis,
                                             List<StreamMessage<String, byte[]>> messages) {
        return deliveryCounts(redis, group, stream.key(), messages);
    }

    /**
     * Takes at least one permit (waiting a little for it) and as many more as are free, up to a batch
     * and to this stream's share of the group's permits: a reader holds its permits while it blocks, so
     * without a share the readers of busy streams would starve the others.
     */
    private int acquirePermits() {
        try {
            if (!group.permits().tryAcquire(100, TimeUnit.MILLISECONDS)) {
                return 0;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
        int share = Math.max(1, group.options().maxInFlight() / group.handlers().size());
        int extra = Math.min(Math.min(group.options().batchSize(), share) - 1, group.permits().availablePermits());
        return extra > 0 && group.permits().tryAcquire(extra) ? 1 + extra : 1;
    }

    /**
     * After an error reply: the group created again when it is missing, else a wait with backoff. Creating it may
     * fail too (Redis going away, a user that may not create groups): that is waited out the same way, so that the
     * reader never stops while its group runs. False when the group stopped during the wait.
     */
    private boolean recoverFrom(RedisCommands<String, byte[]> redis, RedisCommandExecutionException e) {
        try {
            return recreateMissingGroup(redis, e) || backoff.failedAndWait(e);
        } catch (RedisException recreationFailed) {
            return backoff.failedAndWait(recreationFailed);
        }
    }

    private boolean recreateMissingGroup(RedisCommands<String, byte[]> redis, RedisCommandExecutionException e) {
        if (e.getMessage() == null || !e.getMessage().startsWith("NOGROUP")) {
            return false;
        }
        LOG.warn("group {} is missing on {} (Redis restarted or was flushed): creating it again",
                group.name(), stream.key());
        createGroup(redis, stream.key(), group.name());
        return true;
    }
}
