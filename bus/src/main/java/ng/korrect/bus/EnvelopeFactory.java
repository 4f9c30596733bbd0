package ng.korrect.bus;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;
import ng.korrect.bus.internal.DefaultEnvelopeFactory;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.EventPayload;

/**
 * Mints the envelopes of one service (their {@code source}): a new id, the clock's instant, and the
 * correlation id and metadata of the {@link PublishOptions}. When the options carry no correlation id
 * and the calling thread runs a consumer group's handler, the envelope takes the correlation id of the
 * event being handled, so that what a handler causes stays traceable to the request that started it.
 *
 * <p>No Redis and no I/O: an outbox transaction mints its events with one before any publisher exists,
 * and {@link EventPublisher#envelope} is this very factory. The clock and the ids are injectable, so a
 * test can pin an envelope to the byte. Thread-safe when the id supplier is.
 *
 * <pre>{@code
 * EnvelopeFactory envelopes = EnvelopeFactory.of(ServiceName.TRANSACTION);
 * Event<BookingCreated> event = envelopes.envelope(new BookingCreated(...), PublishOptions.correlatedWith(requestId));
 * }</pre>
 */
public interface EnvelopeFactory {

    /** Envelopes from that service, timestamped by the system clock, with random ids. */
    static EnvelopeFactory of(ServiceName service) {
        return of(service.wireName());
    }

    /** Envelopes from that source, timestamped by the system clock, with random (version 4) ids. */
    static EnvelopeFactory of(String source) {
        return of(source, Clock.systemUTC(), UUID::randomUUID);
    }

    /**
     * Envelopes from that source, timestamped by that clock, with ids from that supplier.
     *
     * @throws IllegalArgumentException when the source is blank
     */
    static EnvelopeFactory of(String source, Clock clock, Supplier<UUID> ids) {
        return new DefaultEnvelopeFactory(source, clock, ids);
    }

    /** The source every envelope names. */
    String source();

    /** A new envelope for the payload with these options. */
    <P extends EventPayload> Event<P> envelope(P payload, PublishOptions options);

    /** A new envelope for the payload without options (a handled event's correlation id still carries on). */
    default <P extends EventPayload> Event<P> envelope(P payload) {
        return envelope(payload, PublishOptions.none());
    }
}
