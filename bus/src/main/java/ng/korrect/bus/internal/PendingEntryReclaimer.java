package ng.korrect.bus.internal;

import io.lettuce.core.RedisException;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XAutoClaimArgs;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.models.stream.ClaimedMessages;
import java.util.List;
import java.util.Map;
import ng.korrect.catalog.EventType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Claims, with {@code XAUTOCLAIM}, the entries that have been pending longer than the minimum idle
 * time on whatever consumer (one that crashed, typically), and processes them; removes from the group
 * the consumers that have nothing pending and have been idle for long. Runs periodically, each
 * stream on its own.
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
        for (EventType type : group.handlers().keySet()) {
            if (!group.isRunning()) {
                return;
            }
            try {
                claimIdleEntries(redis, type);
                removeIdleConsumers(redis, type);
            } catch (RedisException e) {
                LOG.debug("cannot look for idle entries of group {} on {}: {}", group.name(), type.streamKey(), e.toString());
            }
        }
    }

    private void claimIdleEntries(RedisCommands<String, byte[]> redis, EventType type) {
        int permits = Math.min(group.options().batchSize(), group.permits().availablePermits());
        if (permits <= 0 || !group.permits().tryAcquire(permits)) {
            return;
        }
        int used = 0;
        try {
            ClaimedMessages<String, byte[]> claimed = redis.xautoclaim(type.streamKey(),
                    XAutoClaimArgs.Builder.<String>xautoclaim(group.consumer(), group.options().claimMinIdle(), "0-0")
                            .count(permits));
            List<StreamMessage<String, byte[]>> messages = claimed.getMessages();
            Map<String, Long> deliveries = StreamReader.deliveryCounts(redis, group, type, messages);
            for (StreamMessage<String, byte[]> message : messages) {
                Map<String, byte[]> body = message.getBody();
                PendingEntry entry = new PendingEntry(type, message.getId(), body == null || body.isEmpty() ? null : body,
                        deliveries.getOrDefault(message.getId(), 1L));
                if (!group.inFlight().contains(entry.key())) {
                    used++;
                    processor.submit(entry);
                }
            }
            if (used > 0) {
                group.metrics().reclaimed(type, used);
                LOG.info("group {} claimed {} idle entries of {}", group.name(), used, type.streamKey());
            }
        } finally {
            group.permits().release(permits - used);
        }
    }

    private void removeIdleConsumers(RedisCommands<String, byte[]> redis, EventType type) {
        long idleLimit = group.options().consumerIdleRemoval().toMillis();
        for (Object info : redis.xinfoConsumers(type.streamKey(), group.name())) {
            ConsumerInfo consumer = ConsumerInfo.parse(info);
            if (!consumer.name().equals(group.consumerName()) && consumer.pending() == 0
                    && consumer.idleMillis() > idleLimit) {
                redis.xgroupDelconsumer(type.streamKey(), io.lettuce.core.Consumer.from(group.name(), consumer.name()));
                LOG.info("removed consumer {} from group {} on {}: idle for {} ms with nothing pending",
                        consumer.name(), group.name(), type.streamKey(), consumer.idleMillis());
            }
        }
    }
}
