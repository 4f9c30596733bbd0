package ng.korrect.bus.internal;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Predicate;
import ng.korrect.bus.BusHealth;
import ng.korrect.bus.BusOptions;
import ng.korrect.bus.ConsumerGroup;
import ng.korrect.bus.EventBus;
import ng.korrect.bus.EventHandler;
import ng.korrect.bus.EventPublisher;
import ng.korrect.bus.policy.FailureClassification;
import ng.korrect.bus.retention.ServerVersion;
import ng.korrect.catalog.EventCodec;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.payload.EventPayload;

/** The {@link EventBus} on Lettuce. */
public final class DefaultEventBus implements EventBus {

    private final BusOptions options;
    private final RedisConnections connections;
    private final EventCodec codec;
    private final Clock clock;
    private final BusMetrics metrics;
    private final ServerVersion serverVersion;
    private final List<ConsumerGroup> groups = new CopyOnWriteArrayList<>();

    /** Connects, registering meters on that registry, with a clock for envelope and dead-letter timestamps. */
    public DefaultEventBus(BusOptions options, MeterRegistry registry, Clock clock) {
        this.options = options;
        this.clock = clock;
        this.metrics = new BusMetrics(registry);
        this.codec = EventCodec.create(options.codecOptions());
        this.connections = new RedisConnections(options);
        this.serverVersion = connections.serverVersion();
    }

    @Override
    public EventPublisher publisher(String source) {
        boolean trimAckedOnly = options.trimAckedOnly() && serverVersion.trimsAckedOnly();
        return new RedisEventPublisher(source, connections, codec, options, clock, new PublisherMeters(metrics),
                trimAckedOnly);
    }

    @Override
    public GroupBuilder consumerGroup(String group) {
        if (group == null || group.isBlank()) {
            throw new IllegalArgumentException("a consumer group's name must not be blank");
        }
        return new Builder(group);
    }

    @Override
    public BusHealth health() {
        boolean connected;
        try {
            connected = "PONG".equals(connections.shared().sync().ping());
        } catch (RuntimeException e) {
            connected = false;
        }
        return new BusHealth(connected, groups.stream().map(ConsumerGroup::health).toList());
    }

    @Override
    public void close() {
        for (ConsumerGroup group : groups) {
            group.close();
        }
        connections.close();
    }

    private final class Builder implements GroupBuilder {
        private final String group;
        private final Map<EventType, List<EventHandler<?>>> handlers = new EnumMap<>(EventType.class);
        private String consumerName;
        private FailureClassification failures = FailureClassification.DEFAULT;

        private Builder(String group) {
            this.group = group;
        }

        @Override
        public <P extends EventPayload> GroupBuilder on(Class<P> payloadType, EventHandler<P> handler) {
            handlers.computeIfAbsent(EventType.of(payloadType), type -> new ArrayList<>()).add(handler);
            return this;
        }

        @Override
        public GroupBuilder permanentWhen(Predicate<? super Throwable> permanent) {
            failures = failures.permanentWhen(permanent);
            return this;
        }

        @Override
        public GroupBuilder retriableWhen(Predicate<? super Throwable> retriable) {
            failures = failures.retriableWhen(retriable);
            return this;
        }

        @Override
        public GroupBuilder consumerName(String consumerName) {
            if (consumerName == null || consumerName.isBlank()) {
                throw new IllegalArgumentException("a consumer name must not be blank");
            }
            this.consumerName = consumerName;
            return this;
        }

        @Override
        public ConsumerGroup start() {
            if (handlers.isEmpty()) {
                throw new IllegalStateException("group " + group + " has no handlers: add one with on(...)");
            }
            String name = consumerName != null ? consumerName : options.instanceId()
                    .orElseGet(() -> hostName() + "-" + group + "-" + ProcessHandle.current().pid());
            Map<EventType, List<EventHandler<?>>> frozen = new EnumMap<>(EventType.class);
            handlers.forEach((type, list) -> frozen.put(type, List.copyOf(list)));
            DefaultConsumerGroup started = new DefaultConsumerGroup(running -> new GroupContext(
                    group, name, options, connections, codec, Map.copyOf(frozen), failures,
                    inFlightPermits(options.maxInFlight()), GroupContext.newInFlightSet(),
                    new Acknowledger(connections, group, options.reconnectBackoffMax()),
                    new DeadLetters(connections, clock),
                    Executors.newVirtualThreadPerTaskExecutor(),
                    DefaultConsumerGroup.newTimers(group),
                    new GroupMeters(metrics, group), running), metrics);
            started.start();
            groups.add(started);
            return started;
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    /**
     * The group's in-flight permits, handed out in the order they were asked for: the event streams'
     * readers take theirs back the moment they release them after an empty blocking read, and with
     * barging allowed they could keep the replay stream's reader, which waits for one permit per entry,
     * from ever getting one.
     */
    static Semaphore inFlightPermits(int maxInFlight) {
        return new Semaphore(maxInFlight, true);
    }
}
