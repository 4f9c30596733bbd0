package ng.korrect.bus.internal;

import io.lettuce.core.RedisException;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XAutoClaimArgs;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.models.stream.ClaimedMessages;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Claims, with {@code XAUTOCLAIM}, the entries that have been pending longer than the minimum idle
 * time on whatever consumer (one that crashed, typically), and processes them; removes from the group
 * the consumers that have nothing pending and have been idle for long. Runs periodically, each
 * stream on its own, the group's replay stream included.
 */
final class PendingEntryReclaimer implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(PendingEntryReclaimer.class);

    private final GroupContext group;
    private final EntryProcessor processor;

    PendingEntryReclaimer(GroupContext group, EntryProcessor processor) {
        this.group = group;
        this.processor = processor;
    }

    @Override
    public void run() {
        RedisCommands<String, byte[]> redis = group.connections().shared().sync();
        for (GroupStream stream : group.streams()) {
            if (!group.isRunning()) {
                return;
            }
            try {
                claimIdleEntries(redis, stream);
                removeIdleConsumers(redis, stream.key());
            } catch (RedisException e) {
                LOG.debug("cannot look for idle entries of group {} on {}: {}", group.name(), stream.key(), e.toString());
            }
        }
    }

    private void claimIdleEntries(RedisCommands<String, byte[]> redis, GroupStream stream) {
        int permits = Math.min(group.options().batchSize(), group.permits().availablePermits());
        if (permits <= 0 || !group.permits().tryAcquire(permits)) {
            return;
        }
        int used = 0;
        try {
            ClaimedMessages<String, byte[]> claimed = redis.xautoclaim(stream.key(),
                    XAutoClaimArgs.Builder.<String>xautoclaim(group.consumer(), group.options().claimMinIdle(), "0-0")
                            .count(permits));
            List<StreamMessage<String, byte[]>> messages = claimed.getMessages();
            Map<String, Long> deliveries = StreamReader.deliveryCounts(redis, group, stream.key(), messages);
            for (StreamMessage<String, byte[]> message : messages) {
                Optional<PendingEntry> typed = stream.entry(message, deliveries.getOrDefault(message.getId(), 1L));
                if (typed.isEmpty()) {
                    StreamReader.acknowledgeUntyped(redis, group, stream, message.getId());
                } else if (!group.inFlight().contains(typed.get().key())) {
                    used++;
                    group.metrics().reclaimed(typed.get().type(), 1);
                    if (!processor.submit(typed.get())) {
                        break; // stopping: the entry stays pending for the next claim
                    }
                }
            }
            if (used > 0) {
                LOG.info("group {} claimed {} idle entries of {}", group.name(), used, stream.key());
            }
        } finally {
            group.permits().release(permits - used);
        }
    }

    private void removeIdleConsumers(RedisCommands<String, byte[]> redis, String stream) {
        long idleLimit = group.options().consumerIdleRemoval().toMillis();
        for (Object info : redis.xinfoConsumers(stream, group.name())) {
            ConsumerInfo consumer = ConsumerInfo.parse(info);
            if (!consumer.name().equals(group.consumerName()) && consumer.pending() == 0
                    && consumer.idleMillis() > idleLimit) {
                redis.xgroupDelconsumer(stream, io.lettuce.core.Consumer.from(group.name(), consumer.name()));
                LOG.info("removed consumer {} from group {} on {}: idle for {} ms with nothing pending",
                        consumer.name(), group.name(), stream, consumer.idleMillis());
            }
        }
    }
}
