package ng.korrect.bus;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.time.Clock;
import java.util.function.Predicate;
import ng.korrect.bus.internal.DefaultEventBus;
import ng.korrect.bus.policy.FailureClassification;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.EventPayload;

/**
 * The entry point: connects to Redis and hands out publishers and consumer groups that share its
 * connections. Blocking reads get connections of their own; publishes and acknowledgements share one.
 *
 * <pre>{@code
 * try (EventBus bus = EventBus.connect(BusOptions.builder("redis://localhost:6379").build())) {
 *     EventPublisher publisher = bus.publisher(ServiceName.TRANSACTION);
 *     ConsumerGroup group = bus.consumerGroup(ServiceName.ARTISAN)
 *             .on(BookingCreated.class, (event, delivery) -> profiles.countBooking(event.payload()))
 *             .start();
 * }
 * }</pre>
 *
 * <p>Thread-safe. Closing the bus stops its groups and closes its connections.
 */
public interface EventBus extends AutoCloseable {

    /** Connects to the Redis of the options, without metrics. */
    static EventBus connect(BusOptions options) {
        return connect(options, new CompositeMeterRegistry());
    }

    /** Connects to the Redis of the options, registering the {@link BusMeter}s on that registry. */
    static EventBus connect(BusOptions options, MeterRegistry registry) {
        return new DefaultEventBus(options, registry, Clock.systemUTC());
    }

    /** A publisher whose events carry that source. */
    EventPublisher publisher(String source);

    /** A publisher for one of the five services. */
    default EventPublisher publisher(ServiceName service) {
        return publisher(service.wireName());
    }

    /** Starts describing a consumer group of that name. */
    GroupBuilder consumerGroup(String group);

    /** Starts describing the consumer group of one of the five services. */
    default GroupBuilder consumerGroup(ServiceName service) {
        return consumerGroup(service.wireName());
    }

    /** Whether Redis answers and how every group started from this bus is doing. */
    BusHealth health();

    /** Stops every group started from this bus and closes the connections. */
    @Override
    void close();

    /**
     * Describes a consumer group: its handlers and, optionally, its consumer name and which of its handlers'
     * failures are permanent beyond the {@link FailureClassification#DEFAULT defaults}.
     */
    interface GroupBuilder {

        /** Adds a handler for the events whose payload is of that record type. */
        <P extends EventPayload> GroupBuilder on(Class<P> payloadType, EventHandler<P> handler);

        /**
         * Also holds the handler failures that match permanent: their entry goes to the dead letters after this one
         * delivery instead of being retried ({@link FailureClassification#permanentWhen}). May be called again; any
         * predicate that holds is enough.
         */
        GroupBuilder permanentWhen(Predicate<? super Throwable> permanent);

        /**
         * Holds the handler failures that match retriable, even those that the defaults or {@link #permanentWhen}
         * hold permanent; never a {@link PermanentFailureException} ({@link FailureClassification#retriableWhen}).
         */
        GroupBuilder retriableWhen(Predicate<? super Throwable> retriable);

        /** Overrides the consumer name (default: the options' instance id, else host name and group). */
        GroupBuilder consumerName(String consumerName);

        /** Creates the group on every stream it reads (if missing) and starts consuming. */
        ConsumerGroup start();
    }
}
