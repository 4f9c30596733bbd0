package ng.korrect.platform.delivery;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Attempts due deliveries, a round at a time: each round reads the pending deliveries whose time
 * has come, claims each (so that another instance does not attempt it at the same time), hands it to its
 * channel and records the outcome: delivered, due again after the {@link DeliveryBackoff}, or failed
 * after the last attempt. Time comes from the injected clock, so tests move it instead of waiting.
 */
public final class DeliveryWorker {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final int BATCH = 50;
    /** How long a claimed attempt holds its delivery before another worker may try it. */
    static final Duration LEASE = Duration.ofMinutes(2);

    private final DataSource dataSource;
    private final DeliveryRepository deliveries;
    private final Channels channels;
    private final DeliveryBackoff backoff;
    private final Clock clock;

    /** A worker over that database's deliveries; {@link #attemptDue} runs one round ({@link ng.korrect.service.Poller}). */
    public DeliveryWorker(DataSource dataSource, Channels channels, DeliveryBackoff backoff, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.deliveries = new DeliveryRepository();
        this.channels = Objects.requireNonNull(channels, "channels");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Attempts every delivery due now; returns how many were attempted. */
    public int attemptDue() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            List<DueDelivery> due = deliveries.due(connection, clock.instant(), BATCH);
            int attempted = 0;
            for (DueDelivery delivery : due) {
                if (deliveries.claim(connection, delivery, clock.instant().plus(LEASE))) {
                    attempt(connection, delivery);
                    attempted++;
                }
            }
            return attempted;
        }
    }

    private void attempt(Connection connection, DueDelivery delivery) throws SQLException {
        int attempts = delivery.attempts() + 1;
        if (delivery.address().isEmpty()) {
            deliveries.markFailed(connection, delivery.id(), attempts, "no address: the recipient's data was erased");
            return;
        }
        try {
            channels.of(delivery.channel()).send(delivery.message(delivery.address().get()));
            deliveries.markDelivered(connection, delivery.id(), attempts, clock.instant());
        } catch (DeliveryFailedException e) {
            afterFailure(connection, delivery, attempts, e.getMessage());
        }
    }

    private void afterFailure(Connection connection, DueDelivery delivery, int attempts, String error)
            throws SQLException {
        Optional<Duration> retry = backoff.retryAfter(attempts);
        if (retry.isPresent()) {
            deliveries.markRetry(connection, delivery.id(), attempts, clock.instant().plus(retry.get()), error);
            LOG.info("{} delivery {} failed (attempt {}), retrying in {}: {}", delivery.channel().wireName(),
                    delivery.id(), attempts, retry.get(), error);
        } else {
            deliveries.markFailed(connection, delivery.id(), attempts, error);
            LOG.warn("{} delivery {} failed for good after {} attempts: {}", delivery.channel().wireName(),
                    delivery.id(), attempts, error);
        }
    }
}
