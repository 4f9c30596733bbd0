package ng.korrect.bus.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import ng.korrect.bus.BusMeter;

/** Registers and updates the {@link BusMeter}s on a Micrometer registry. Thread-safe. */
final class BusMetrics {

    private final MeterRegistry registry;
    private final Map<String, AtomicLong> gaugeValues = new ConcurrentHashMap<>();

    /** Metrics on that registry. */
    BusMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** The registry. */
    MeterRegistry registry() {
        return registry;
    }

    Counter counter(BusMeter meter, String... tagValues) {
        return Counter.builder(meter.meterName()).description(meter.description()).baseUnit(meter.unit())
                .tags(tags(meter, tagValues)).register(registry);
    }

    Timer timer(BusMeter meter, String... tagValues) {
        return Timer.builder(meter.meterName()).description(meter.description())
                .tags(tags(meter, tagValues)).register(registry);
    }

    /** Sets a gauge, registering it the first time. */
    void gauge(BusMeter meter, long value, String... tagValues) {
        String key = meter.meterName() + String.join("|", tagValues);
        gaugeValues.computeIfAbsent(key, k -> {
            AtomicLong holder = new AtomicLong();
            Gauge.builder(meter.meterName(), holder, AtomicLong::doubleValue).description(meter.description())
                    .baseUnit(meter.unit()).tags(tags(meter, tagValues)).register(registry);
            return holder;
        }).set(value);
    }

    private static Tags tags(BusMeter meter, String... values) {
        if (values.length != meter.tagKeys().size()) {
            throw new IllegalArgumentException(meter + " takes tags " + meter.tagKeys());
        }
        Tags tags = Tags.empty();
        for (int i = 0; i < values.length; i++) {
            tags = tags.and(meter.tagKeys().get(i), values[i]);
        }
        return tags;
    }
}
