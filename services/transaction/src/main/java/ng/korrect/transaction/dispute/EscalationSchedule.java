package ng.korrect.transaction.dispute;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs {@link DisputeEscalation#runEscalation()} periodically on one daemon thread, from start to close. */
public final class EscalationSchedule implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EscalationSchedule.class);

    private final DisputeEscalation escalation;
    private final Duration interval;
    private ScheduledExecutorService executor;

    /** A schedule of that escalation every {@code interval}. */
    public EscalationSchedule(DisputeEscalation escalation, Duration interval) {
        this.escalation = Objects.requireNonNull(escalation, "escalation");
        this.interval = Objects.requireNonNull(interval, "interval");
    }

    /** Starts running, first after one interval. */
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "transaction-dispute-escalation");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::runOnce, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops running; a run in progress finishes. */
    @Override
    public synchronized void close() {
        if (executor != null) {
            executor.shutdown();
            executor = null;
        }
    }

    private void runOnce() {
        try {
            int escalated = escalation.runEscalation();
            if (escalated > 0) {
                LOG.info("escalated {} dispute(s) left unresolved too long", escalated);
            }
        } catch (RuntimeException e) {
            LOG.warn("dispute escalation failed; it runs again in {}", interval, e);
        }
    }
}
