package ng.korrect.bus.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import ng.korrect.bus.BusMeter;
import ng.korrect.catalog.EventType;

/** A publisher's meters, made once per event type. */
final class PublisherMeters {

    private final Counter[] published;
    private final Counter[] failed;
    private final Timer[] latency;

    PublisherMeters(BusMetrics metrics) {
        EventType[] types = EventType.values();
        published = new Counter[types.length];
        failed = new Counter[types.length];
        latency = new Timer[types.length];
        for (EventType type : types) {
            published[type.ordinal()] = metrics.counter(BusMeter.PUBLISHED, type.wireName());
            failed[type.ordinal()] = metrics.counter(BusMeter.PUBLISH_FAILED, type.wireName());
            latency[type.ordinal()] = metrics.timer(BusMeter.PUBLISH_LATENCY, type.wireName());
        }
    }

    void published(EventType type, long nanos) {
        published[type.ordinal()].increment();
        if (nanos > 0) {
            latency[type.ordinal()].record(nanos, TimeUnit.NANOSECONDS);
        }
    }

    void failed(EventType type) {
        failed[type.ordinal()].increment();
    }
}
