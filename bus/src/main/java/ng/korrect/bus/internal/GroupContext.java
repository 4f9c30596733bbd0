package ng.korrect.bus.internal;

import io.lettuce.core.Consumer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.function.BooleanSupplier;
import ng.korrect.bus.BusOptions;
import ng.korrect.bus.EventHandler;
import ng.korrect.bus.policy.FailureClassification;
import ng.korrect.catalog.EventCodec;
import ng.korrect.catalog.EventType;

/** What the parts of one running consumer group share. */
record GroupContext(
        String name,
        String consumerName,
        BusOptions options,
        RedisConnections connections,
        EventCodec codec,
        Map<EventType, List<EventHandler<?>>> handlers,
        FailureClassification failures,
        Semaphore permits,
        Set<String> inFlight,
        Acknowledger acknowledger,
        DeadLetters deadLetters,
        ExecutorService workers,
        ScheduledExecutorService timers,
        GroupMeters metrics,
        BooleanSupplier running) {

    static Set<String> newInFlightSet() {
        return ConcurrentHashMap.newKeySet();
    }

    Consumer<String> consumer() {
        return Consumer.from(name, consumerName);
    }

    /** The streams the group reads: one per event type it handles, then its replay stream. */
    List<GroupStream> streams() {
        List<GroupStream> streams = new ArrayList<>();
        handlers.keySet().stream().sorted().map(GroupStream::events).forEach(streams::add);
        streams.add(GroupStream.replay(name));
        return streams;
    }

    boolean isRunning() {
        return running.getAsBoolean();
    }
}
