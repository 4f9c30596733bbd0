package ng.korrect.bus.internal;

import io.lettuce.core.StreamMessage;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import ng.korrect.bus.Delivery;
import ng.korrect.bus.EventHandler;
import ng.korrect.bus.policy.FailureKind;
import ng.korrect.bus.policy.RetryPolicy;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.InvalidEventException;
import ng.korrect.catalog.payload.EventPayload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Takes one entry through its life in the group: decode, run every handler of its type, then
 * acknowledge, retry after a backoff (claiming the entry again, which counts the delivery in Redis),
 * or dead-letter. A handler's failure is classified by the group's
 * {@link ng.korrect.bus.policy.FailureClassification}: a permanent one is dead-lettered at once. An entry
 * that cannot be decoded is dead-lettered at once too, and so is a replayed entry of a type the group has
 * no handler for; those dead letters are marked permanent as well. Each entry holds one of the group's
 * in-flight permits from its read until its end.
 */
final class EntryProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(EntryProcessor.class);

    private final GroupContext group;
    private final java.util.concurrent.atomic.AtomicInteger waitingForRetry = new java.util.concurrent.atomic.AtomicInteger();

    EntryProcessor(GroupContext group) {
        this.group = group;
    }

    /** How many entries wait for their next delivery after a failure. */
    int waitingForRetry() {
        return waitingForRetry.get();
    }

    /**
     * Processes the entry on a thread of its own; the caller has taken a permit for it. Returns false when
     * the group is stopping and its workers take no more: the permit is given back and the entry stays
     * pending in Redis, for this consumer's next start or another consumer's reclaim.
     */
    boolean submit(PendingEntry entry) {
        group.inFlight().add(entry.key());
        try {
            group.workers().execute(() -> process(entry));
            return true;
        } catch (RejectedExecutionException stopping) {
            release(entry);
            return false;
        }
    }

    private void process(PendingEntry entry) {
        try {
            if (entry.fields() == null) {
                finishWithDeadLetter(entry, "the entry was deleted or trimmed from the stream before it was handled", true);
                return;
            }
            byte[] data = entry.fields().get(RedisEventPublisher.DATA_FIELD);
            if (data == null) {
                finishWithDeadLetter(entry, "the entry has no 'data' field", true);
                return;
            }
            Event<?> event;
            try {
                event = group.codec().decode(data);
            } catch (InvalidEventException e) {
                finishWithDeadLetter(entry, e.getMessage(), true);
                return;
            }
            if (event.type() != entry.type()) {
                finishWithDeadLetter(entry, "an event of type " + event.type().wireName()
                        + (entry.replayed() ? " is marked as " + entry.type().wireName() + " on " : " does not belong on ")
                        + entry.stream(), true);
                return;
            }
            if (!group.handlers().containsKey(event.type())) {
                finishWithDeadLetter(entry, "group " + group.name() + " has no handler for "
                        + event.type().wireName() + " events (replayed from " + entry.stream() + ")", true);
                return;
            }
            handle(entry, event);
        } catch (RuntimeException e) {
            LOG.error("entry {} of group {} stays pending after an unexpected failure", entry.key(), group.name(), e);
            release(entry);
        }
    }

    private void handle(PendingEntry entry, Event<?> event) {
        Delivery delivery = new Delivery(entry.stream(), entry.entryId(), group.name(), group.consumerName(),
                entry.deliveryCount());
        group.metrics().delivered(entry.type());
        long started = System.nanoTime();
        try {
            runHandlers(event, delivery);
        } catch (Exception failure) {
            group.metrics().failed(entry.type());
            afterFailure(entry, failure);
            return;
        } finally {
            group.metrics().handlerLatency(entry.type()).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
        group.acknowledger().acknowledge(entry);
        release(entry);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void runHandlers(Event<?> event, Delivery delivery) throws Exception {
        List<EventHandler<?>> handlers = group.handlers().get(event.type());
        CurrentDelivery.set(event);
        MDC.put("eventId", event.id().toString());
        MDC.put("eventType", event.type().wireName());
        MDC.put("group", group.name());
        event.correlationId().ifPresent(id -> MDC.put("correlationId", id));
        try {
            for (EventHandler handler : handlers) {
                handler.handle((Event<EventPayload>) event, delivery);
            }
        } finally {
            CurrentDelivery.clear();
            MDC.clear();
        }
    }

    private void afterFailure(PendingEntry entry, Exception failure) {
        FailureKind kind = group.failures().classify(failure);
        RetryPolicy.Decision decision = group.options().retryPolicy().afterFailure(entry.deliveryCount(), kind);
        switch (decision) {
            case RetryPolicy.Decision.Retry retry -> {
                LOG.debug("delivery {} of {} failed, retrying in {}: {}", entry.deliveryCount(), entry.key(),
                        retry.delay(), failure.toString());
                group.metrics().retried(entry.type());
                scheduleRedelivery(entry, retry.delay().toNanos());
            }
            case RetryPolicy.Decision.DeadLetter deadLetter -> {
                LOG.warn("entry {} of group {} goes to the dead letters{}: {}", entry.key(), group.name(),
                        deadLetter.permanent() ? " at once, its failure being permanent" : "", failure.toString());
                if (deadLetter.permanent()) {
                    group.metrics().failedPermanently(entry.type());
                }
                finishWithDeadLetter(entry, "handler failed: " + failure + " (" + deadLetter.reason() + ")",
                        deadLetter.permanent());
            }
        }
    }

    /**
     * Redelivers the entry after that delay. When the group stopped meanwhile (its timers or workers take
     * no more), the entry is released and stays pending in Redis, for the next start or another consumer.
     */
    private void scheduleRedelivery(PendingEntry entry, long delayNanos) {
        waitingForRetry.incrementAndGet();
        try {
            group.timers().schedule(() -> {
                waitingForRetry.decrementAndGet();
                if (!submitRedelivery(entry)) {
                    release(entry);
                }
            }, delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException stopping) {
            waitingForRetry.decrementAndGet();
            LOG.debug("group {} is stopping: {} stays pending for its next delivery", group.name(), entry.key());
            release(entry);
        }
    }

    private boolean submitRedelivery(PendingEntry entry) {
        try {
            group.workers().execute(() -> redeliver(entry));
            return true;
        } catch (RejectedExecutionException stopping) {
            return false;
        }
    }

    /** Claims the entry again, which counts the delivery in Redis, and processes it anew. */
    private void redeliver(PendingEntry entry) {
        if (!group.isRunning()) {
            release(entry); // stays pending, for this consumer's next start or another consumer
            return;
        }
        try {
            List<StreamMessage<String, byte[]>> claimed = group.connections().shared().sync()
                    .xclaim(entry.stream(), group.consumer(), 0, entry.entryId());
            if (claimed.isEmpty()) {
                LOG.info("entry {} is no longer pending in group {}: nothing to retry", entry.key(), group.name());
                release(entry);
                return;
            }
            process(entry.redelivered(claimed.get(0).getBody()));
        } catch (RuntimeException e) {
            LOG.warn("cannot claim {} for a retry, it stays pending: {}", entry.key(), e.toString());
            release(entry);
        }
    }

    private void finishWithDeadLetter(PendingEntry entry, String reason, boolean permanent) {
        try {
            group.deadLetters().deadLetter(entry, group.name(), group.consumerName(), reason, permanent);
            group.metrics().deadLettered(entry.type());
        } catch (RuntimeException e) {
            LOG.warn("cannot dead-letter {}, it stays pending: {}", entry.key(), e.toString());
        } finally {
            release(entry);
        }
    }

    private void release(PendingEntry entry) {
        group.inFlight().remove(entry.key());
        group.permits().release();
    }
}
