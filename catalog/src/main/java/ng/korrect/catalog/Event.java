package ng.korrect.catalog;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import ng.korrect.catalog.json.JsonObject;
import ng.korrect.catalog.payload.EventPayload;

/**
 * The envelope every KorrectNG event travels in: who published what, when, and for which request.
 * The type is the payload's ({@link #type()}), so the two cannot disagree. The timestamp is kept to
 * the millisecond, the precision of the wire.
 *
 * <pre>{@code
 * Event<BookingCreated> event = Event.of(new BookingCreated(...), ServiceName.TRANSACTION)
 *         .withCorrelationId(requestId);
 * }</pre>
 *
 * @param id the event's unique id
 * @param payload what happened
 * @param timestamp when it happened, to the millisecond
 * @param source the service that published it (normally a {@link ServiceName#wireName()})
 * @param correlationId the request this event belongs to, for tracing across services
 * @param metadata free-form facts about the event, left out of the wire when empty
 * @param <P> the payload type
 */
public record Event<P extends EventPayload>(
        UUID id,
        P payload,
        Instant timestamp,
        String source,
        Optional<String> correlationId,
        Optional<JsonObject> metadata) {

    /** Rejects nulls and truncates the timestamp to milliseconds. */
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(payload, "payload");
        timestamp = Objects.requireNonNull(timestamp, "timestamp").truncatedTo(ChronoUnit.MILLIS);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(metadata, "metadata");
    }

    /** A new event with a random id, published now by that service, without correlation id or metadata. */
    public static <P extends EventPayload> Event<P> of(P payload, ServiceName source) {
        return of(payload, source, Clock.systemUTC());
    }

    /** A new event with a random id, published at the clock's instant by that service. */
    public static <P extends EventPayload> Event<P> of(P payload, ServiceName source, Clock clock) {
        return new Event<>(UUID.randomUUID(), payload, clock.instant(), source.wireName(),
                Optional.empty(), Optional.empty());
    }

    /** The event type, which is the payload's. */
    public EventType type() {
        return payload.eventType();
    }

    /** This event with that correlation id. */
    public Event<P> withCorrelationId(String correlationId) {
        return new Event<>(id, payload, timestamp, source, Optional.of(correlationId), metadata);
    }

    /** This event with that metadata. */
    public Event<P> withMetadata(JsonObject metadata) {
        return new Event<>(id, payload, timestamp, source, correlationId, Optional.of(metadata));
    }
}
