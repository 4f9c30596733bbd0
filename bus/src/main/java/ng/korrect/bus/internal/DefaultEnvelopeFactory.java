package ng.korrect.bus.internal;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import ng.korrect.bus.EnvelopeFactory;
import ng.korrect.bus.PublishOptions;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.payload.EventPayload;

/** The {@link EnvelopeFactory}; reads the handled event of the calling thread ({@link CurrentDelivery}). */
public final class DefaultEnvelopeFactory implements EnvelopeFactory {

    private final String source;
    private final Clock clock;
    private final Supplier<UUID> ids;

    /** Envelopes from that source, timestamped by that clock, with ids from that supplier. */
    public DefaultEnvelopeFactory(String source, Clock clock, Supplier<UUID> ids) {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("an envelope's source must not be blank");
        }
        this.source = source;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public <P extends EventPayload> Event<P> envelope(P payload, PublishOptions options) {
        Optional<String> correlationId = options.correlationId().or(CurrentDelivery::correlationId);
        return new Event<>(ids.get(), payload, clock.instant(), source, correlationId, options.metadata());
    }
}
