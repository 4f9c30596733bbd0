package ng.korrect.bus.internal;

import io.lettuce.core.RedisFuture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Acknowledges handled entries in bulk: one {@code XACK} per stream for all the entries that finished
 * since the last one, sent from a thread of its own so that neither handlers nor readers wait on it.
 * While Redis is unreachable it keeps the entries and tries again; an acknowledgement that never
 * arrives only means the entry is delivered again.
 */
final class Acknowledger implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(Acknowledger.class);
    private static final int MAX_PER_FLUSH = 4096;

    private final RedisConnections connections;
    private final String group;
    private final Duration retryDelay;
    private final LinkedBlockingQueue<PendingEntry> queue = new LinkedBlockingQueue<>();
    private volatile boolean running = true;
    private volatile boolean abandoned;

    Acknowledger(RedisConnections connections, String group, Duration retryDelay) {
        this.connections = connections;
        this.group = group;
        this.retryDelay = retryDelay;
    }

    /** Queues the entry for acknowledgement. */
    void acknowledge(PendingEntry entry) {
        queue.add(entry);
    }

    /** Whether every queued acknowledgement was sent. */
    boolean isIdle() {
        return queue.isEmpty();
    }

    /** Sends what is queued, then ends the loop. */
    void stop() {
        running = false;
    }

    /** Ends the loop now, leaving unsent acknowledgements: their entries stay pending and are delivered again. */
    void abandon() {
        abandoned = true;
    }

    @Override
    public void run() {
        List<PendingEntry> batch = new ArrayList<>();
        while ((running || !queue.isEmpty()) && !abandoned) {
            try {
                PendingEntry first = queue.poll(50, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_PER_FLUSH - 1);
                flush(batch);
                batch.clear();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("cannot acknowledge {} entries of group {}, trying again: {}", batch.size(), group, e.toString());
                queue.addAll(batch);
                batch.clear();
                if (!sleep()) {
                    return;
                }
            }
        }
    }

    private void flush(List<PendingEntry> batch) {
        Map<String, List<String>> idsByStream = new HashMap<>();
        for (PendingEntry entry : batch) {
            idsByStream.computeIfAbsent(entry.stream(), stream -> new ArrayList<>()).add(entry.entryId());
        }
        List<RedisFuture<Long>> replies = new ArrayList<>(idsByStream.size());
        idsByStream.forEach((stream, ids) ->
                replies.add(connections.shared().async().xack(stream, group, ids.toArray(String[]::new))));
        for (RedisFuture<Long> reply : replies) {
            reply.toCompletableFuture().join();
        }
    }

    private boolean sleep() {
        try {
            Thread.sleep(retryDelay.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
