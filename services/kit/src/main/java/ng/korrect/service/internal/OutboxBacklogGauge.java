package ng.korrect.service.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.SQLException;
import ng.korrect.bus.BusMeter;
import ng.korrect.bus.outbox.OutboxRelay;
import ng.korrect.bus.outbox.OutboxTable;

/**
 * Registers {@link BusMeter#OUTBOX_BACKLOG} for a service's relay: the rows waiting to be published,
 * counted when the registry is scraped; NaN while the database does not answer.
 */
public final class OutboxBacklogGauge {

    private OutboxBacklogGauge() {
    }

    /** Registers the gauge of that relay's table. */
    public static void register(MeterRegistry registry, OutboxRelay relay, OutboxTable table) {
        Gauge.builder(BusMeter.OUTBOX_BACKLOG.meterName(), relay, OutboxBacklogGauge::backlog)
                .baseUnit(BusMeter.OUTBOX_BACKLOG.unit())
                .description(BusMeter.OUTBOX_BACKLOG.description())
                .tag("table", table.name())
                .register(registry);
    }

    private static double backlog(OutboxRelay relay) {
        try {
            return relay.backlog();
        } catch (SQLException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
