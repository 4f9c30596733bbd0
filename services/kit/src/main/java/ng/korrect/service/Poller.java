package ng.korrect.service;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a service's background round (sending due mails, attempting due deliveries) on one daemon thread of its
 * own, at once and then a fixed delay after each round ends, so that rounds never overlap. A round that fails
 * is logged and the next one runs on time. A service returns its pollers from {@link KorrectService#jobs}, which
 * starts them once the HTTP server and the consumers run and closes them before anything else stops:
 *
 * <pre>{@code
 * @Override protected List<Poller> jobs(ServiceContext context) {
 *     return List.of(new Poller("users-mail", Duration.ofMillis(500), sender::sendDue));
 * }
 * }</pre>
 *
 * Thread-safe.
 */
public final class Poller implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Poller.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final String name;
    private final Duration interval;
    private final Duration firstDelay;
    private final Round round;
    private ScheduledExecutorService scheduler;

    /** One round of work; what it throws is logged. */
    @FunctionalInterface
    public interface Round {
        /** Does the work that is due. */
        void run() throws Exception;
    }

    /** A poller named after its thread, running that round at start and then every interval; not started. */
    public Poller(String name, Duration interval, Round round) {
        this(name, interval, Duration.ZERO, round);
    }

    /** A poller whose first round runs {@code firstDelay} after the start (e.g. one interval), then every interval. */
    public Poller(String name, Duration interval, Duration firstDelay, Round round) {
        this.name = Objects.requireNonNull(name, "name");
        this.interval = Objects.requireNonNull(interval, "interval");
        this.firstDelay = Objects.requireNonNull(firstDelay, "firstDelay");
        this.round = Objects.requireNonNull(round, "round");
        if (interval.isNegative() || interval.isZero() || firstDelay.isNegative()) {
            throw new IllegalArgumentException("the interval must be positive and the first delay not negative, were "
                    + interval + " and " + firstDelay);
        }
    }

    /** Starts the rounds; a second start does nothing. */
    public synchronized void start() {
        if (scheduler == null) {
            scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name(name).daemon().factory());
            scheduler.scheduleWithFixedDelay(this::runQuietly, firstDelay.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Stops the rounds, letting one in flight finish (for up to 10 s). */
    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdown();
            try {
                scheduler.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            scheduler = null;
        }
    }

    private void runQuietly() {
        try {
            round.run();
        } catch (Exception e) {
            LOG.warn("{}: round failed, trying again in {}: {}", name, interval, e.toString());
        }
    }
}
