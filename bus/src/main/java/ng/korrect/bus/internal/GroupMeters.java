package ng.korrect.bus.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import java.util.function.BiFunction;
import ng.korrect.bus.BusMeter;
import ng.korrect.catalog.EventType;

/** The meters of one consumer group, made once per event type so that the hot path only increments. */
final class GroupMeters {

    private final Counter[] delivered;
    private final Timer[] handlerLatency;
    private final Counter[] failures;
    private final Counter[] permanentFailures;
    private final Counter[] retries;
    private final Counter[] deadLettered;
    private final Counter[] reclaimed;

    GroupMeters(BusMetrics metrics, String group) {
        delivered = counters(metrics, BusMeter.DELIVERED, group);
        failures = counters(metrics, BusMeter.FAILURES, group);
        permanentFailures = counters(metrics, BusMeter.PERMANENT_FAILURES, group);
        retries = counters(metrics, BusMeter.RETRIES, group);
        deadLettered = counters(metrics, BusMeter.DEAD_LETTERED, group);
        reclaimed = counters(metrics, BusMeter.RECLAIMED, group);
        handlerLatency = perType(Timer[]::new, (type, unused) -> metrics.timer(BusMeter.HANDLER_LATENCY, group, type.wireName()));
    }

    void delivered(EventType type) {
        delivered[type.ordinal()].increment();
    }

    Timer handlerLatency(EventType type) {
        return handlerLatency[type.ordinal()];
    }

    void failed(EventType type) {
        failures[type.ordinal()].increment();
    }

    void failedPermanently(EventType type) {
        permanentFailures[type.ordinal()].increment();
    }

    void retried(EventType type) {
        retries[type.ordinal()].increment();
    }

    void deadLettered(EventType type) {
        deadLettered[type.ordinal()].increment();
    }

    void reclaimed(EventType type, int count) {
        reclaimed[type.ordinal()].increment(count);
    }

    private static Counter[] counters(BusMetrics metrics, BusMeter meter, String group) {
        return perType(Counter[]::new, (type, unused) -> metrics.counter(meter, group, type.wireName()));
    }

    private static <T> T[] perType(java.util.function.IntFunction<T[]> array, BiFunction<EventType, Void, T> meter) {
        EventType[] types = EventType.values();
        T[] meters = array.apply(types.length);
        for (EventType type : types) {
            meters[type.ordinal()] = meter.apply(type, null);
        }
        return meters;
    }
}
