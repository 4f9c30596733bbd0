package ng.korrect.bus.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Batches the publishes to one stream by themselves: a publish goes out at once while fewer than
 * {@link #MAX_BATCHES_IN_FLIGHT} commands are on the wire for the stream; otherwise it waits, with the
 * others that arrive meanwhile, for the next reply, and they all go out in one command (at most
 * {@link #MAX_BATCH} envelopes). One publish at a time is thus one plain {@code XADD} with no added
 * delay, while many in flight cost one command per batch instead of one per event, on the client
 * and in Redis. Order is kept: envelopes leave in the order they were added.
 *
 * <p>Thread-safe.
 */
final class PublishBatcher {

    /** The most envelopes in one command. */
    static final int MAX_BATCH = 256;
    /** The most commands on the wire for one stream, so that Redis works on one while the next is sent. */
    static final int MAX_BATCHES_IN_FLIGHT = 2;

    private final StreamAppender appender;
    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Waiting> queue = new ArrayDeque<>();
    private int batchesInFlight;

    PublishBatcher(StreamAppender appender) {
        this.appender = appender;
    }

    /** Appends the envelope; the future completes with its entry id. */
    CompletableFuture<String> add(byte[] envelope) {
        Waiting waiting = new Waiting(envelope, new CompletableFuture<>());
        List<Waiting> batch = null;
        lock.lock();
        try {
            queue.add(waiting);
            if (batchesInFlight < MAX_BATCHES_IN_FLIGHT) {
                batch = takeBatch();
            }
        } finally {
            lock.unlock();
        }
        if (batch != null) {
            send(batch);
        }
        return waiting.entryId();
    }

    /** Takes the next batch off the queue, counting it in flight; call with the lock held. */
    private List<Waiting> takeBatch() {
        List<Waiting> batch = new ArrayList<>(Math.min(queue.size(), MAX_BATCH));
        while (!queue.isEmpty() && batch.size() < MAX_BATCH) {
            batch.add(queue.poll());
        }
        batchesInFlight++;
        return batch;
    }

    private void send(List<Waiting> batch) {
        List<byte[]> envelopes = new ArrayList<>(batch.size());
        for (Waiting waiting : batch) {
            envelopes.add(waiting.envelope());
        }
        CompletionStage<List<String>> reply;
        try {
            reply = appender.append(envelopes);
        } catch (RuntimeException e) {
            reply = StreamAppender.failed(e);
        }
        reply.whenComplete((entryIds, error) -> {
            sendNext(); // before completing this batch's futures, so that Redis is not kept waiting on them
            Throwable failure = error == null && entryIds.size() != batch.size()
                    ? new IllegalStateException(batch.size() + " envelopes appended, " + entryIds.size() + " ids returned")
                    : error;
            for (int i = 0; i < batch.size(); i++) {
                if (failure != null) {
                    batch.get(i).entryId().completeExceptionally(failure);
                } else {
                    batch.get(i).entryId().complete(entryIds.get(i));
                }
            }
        });
    }

    private void sendNext() {
        List<Waiting> next = null;
        lock.lock();
        try {
            batchesInFlight--;
            if (!queue.isEmpty()) {
                next = takeBatch();
            }
        } finally {
            lock.unlock();
        }
        if (next != null) {
            send(next);
        }
    }

    private record Waiting(byte[] envelope, CompletableFuture<String> entryId) {
    }
}
