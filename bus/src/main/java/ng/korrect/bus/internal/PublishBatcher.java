package ng.korrect.bus.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Batches the publishes to one stream by themselves: a publish goes out at once when no command is on
 * the wire for the stream; otherwise it waits, with the others that arrive meanwhile, for a reply, and
 * they go out together, at most {@link #MAX_BATCH} envelopes per command and at most
 * {@link #MAX_IN_FLIGHT} commands on the wire, so that Redis works on one while the next is sent. One
 * publish at a time is thus one plain {@code XADD} with no added delay, while many in flight cost one
 * command per batch instead of one per event, on the client and in Redis.
 *
 * <p>Order is kept: envelopes reach Redis in the order they were added. Lettuce writes a command at
 * once when it is sent from the connection's event loop (where replies complete), but queues it for
 * that loop when it is sent from any other thread, so a command sent from a reply's callback could
 * overtake one sent just before from a caller's thread. Hence: a caller's thread sends only when
 * nothing is in flight for the stream; every later batch is sent from the callback of a successful
 * reply, on the event loop, in order. A callback that runs elsewhere (a failure, such as a timeout, or
 * a reply that came before its callback was attached, which then runs on the attaching thread) sends
 * the next batch only when nothing else is in flight.
 *
 * <p>Thread-safe.
 */
final class PublishBatcher {

    /** The most envelopes in one command. */
    static final int MAX_BATCH = 256;
    /** The most commands on the wire for one stream. */
    static final int MAX_IN_FLIGHT = 2;

    private final StreamAppender appender;
    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Waiting> queue = new ArrayDeque<>();
    private int inFlight;

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
            if (inFlight == 0) {
                batch = takeBatch();
            }
        } finally {
            lock.unlock();
        }
        if (batch != null) {
            send(batch, false);
        }
        return waiting.entryId();
    }

    /** Takes the next batch off the queue and counts it in flight; call with the lock held. */
    private List<Waiting> takeBatch() {
        List<Waiting> batch = new ArrayList<>(Math.min(queue.size(), MAX_BATCH));
        while (!queue.isEmpty() && batch.size() < MAX_BATCH) {
            batch.add(queue.poll());
        }
        inFlight++;
        return batch;
    }

    /** Sends the batch; {@code fromEventLoop} when called from a reply's callback on the event loop. */
    private void send(List<Waiting> batch, boolean fromEventLoop) {
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
        Thread attaching = Thread.currentThread();
        reply.whenComplete((entryIds, error) -> {
            // a successful reply completes on the event loop; the callback runs there unless it was attached late
            boolean onEventLoop = error == null && (fromEventLoop || Thread.currentThread() != attaching);
            sendNext(onEventLoop); // before completing this batch's futures, so that Redis is not kept waiting
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

    /** After a reply: fills the wire again from the event loop, or after a failure sends only into an empty one. */
    private void sendNext(boolean onEventLoop) {
        List<List<Waiting>> next = new ArrayList<>(MAX_IN_FLIGHT);
        lock.lock();
        try {
            inFlight--;
            int limit = onEventLoop ? MAX_IN_FLIGHT : 1;
            while (!queue.isEmpty() && inFlight < limit) {
                next.add(takeBatch());
            }
        } finally {
            lock.unlock();
        }
        for (List<Waiting> batch : next) {
            send(batch, onEventLoop);
        }
    }

    private record Waiting(byte[] envelope, CompletableFuture<String> entryId) {
    }
}
