package ng.korrect.bus.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import ng.korrect.bus.ConsumerGroup;
import ng.korrect.bus.GroupHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running consumer group: a reader per event stream and one for its replay stream, an acknowledger, a
 * reclaimer, and handler threads.
 */
final class DefaultConsumerGroup implements ConsumerGroup {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultConsumerGroup.class);

    private final GroupContext context;
    private final EntryProcessor processor;
    private final RetentionWatcher retention;
    private final List<Thread> readers = new ArrayList<>();
    private final Thread acknowledgerThread;
    private volatile boolean running;

    DefaultConsumerGroup(GroupContextFactory factory, BusMetrics metrics) {
        this.context = factory.create(() -> running);
        this.processor = new EntryProcessor(context);
        this.retention = new RetentionWatcher(context, metrics);
        this.acknowledgerThread = Thread.ofVirtual().name("korrect-ack-" + context.name()).unstarted(context.acknowledger());
    }

    /**
     * Creates the group on its streams, then starts reading, unless a live consumer holds this consumer's name
     * ({@link ConsumerNameCheck}).
     */
    void start() {
        var redis = context.connections().shared().sync();
        for (GroupStream stream : context.streams()) {
            StreamReader.createGroup(redis, stream.key(), context.name());
        }
        try {
            ConsumerNameCheck.awaitFree(redis, context.name(), context.consumerName(),
                    context.streams().stream().map(GroupStream::key).toList(), context.options().blockTime());
        } catch (RuntimeException held) {
            context.timers().shutdownNow();
            context.workers().shutdownNow();
            throw held;
        }
        running = true;
        acknowledgerThread.start();
        for (GroupStream stream : context.streams()) {
            readers.add(Thread.ofVirtual().name("korrect-read-" + context.name() + "-" + stream.key())
                    .start(new StreamReader(context, stream, processor)));
        }
        long claimEvery = context.options().claimInterval().toMillis();
        context.timers().scheduleWithFixedDelay(runAlone(new PendingEntryReclaimer(context, processor)),
                claimEvery, claimEvery, TimeUnit.MILLISECONDS);
        long checkEvery = context.options().retentionCheckInterval().toMillis();
        context.timers().scheduleWithFixedDelay(runAlone(retention), 0, checkEvery, TimeUnit.MILLISECONDS);
        LOG.info("consumer {} of group {} reads {}", context.consumerName(), context.name(), context.handlers().keySet());
    }

    /** Runs the task on a worker, skipping a turn while the previous run has not finished. */
    private Runnable runAlone(Runnable task) {
        java.util.concurrent.atomic.AtomicBoolean busy = new java.util.concurrent.atomic.AtomicBoolean();
        return () -> {
            if (busy.compareAndSet(false, true)) {
                context.workers().execute(() -> {
                    try {
                        task.run();
                    } finally {
                        busy.set(false);
                    }
                });
            }
        };
    }

    @Override
    public String name() {
        return context.name();
    }

    @Override
    public String consumerName() {
        return context.consumerName();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public GroupHealth health() {
        return new GroupHealth(context.name(), context.consumerName(), running, retention.streams());
    }

    @Override
    public synchronized void stop(Duration drainTimeout) {
        if (!running) {
            return;
        }
        running = false;
        long deadline = System.nanoTime() + drainTimeout.toNanos();
        for (Thread reader : readers) {
            join(reader, deadline);
        }
        awaitHandlers(deadline);
        context.timers().shutdownNow();
        context.acknowledger().stop();
        join(acknowledgerThread, deadline);
        context.acknowledger().abandon();
        context.workers().shutdownNow();
        LOG.info("consumer {} of group {} stopped; {} entries left pending", context.consumerName(), context.name(),
                context.inFlight().size());
    }

    @Override
    public void close() {
        stop(context.options().drainTimeout());
    }

    private void awaitHandlers(long deadline) {
        while (context.inFlight().size() > processor.waitingForRetry() && System.nanoTime() < deadline) {
            sleep(10);
        }
    }

    private static void join(Thread thread, long deadline) {
        long remaining = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        try {
            thread.join(Math.max(1, remaining));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Makes the shared context once the group's running flag exists. */
    interface GroupContextFactory {
        GroupContext create(java.util.function.BooleanSupplier running);
    }

    static java.util.concurrent.ScheduledExecutorService newTimers(String group) {
        return Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("korrect-timer-" + group).factory());
    }
}
