package ng.korrect.bus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.payload.EventPayload;

/**
 * Puts events on their streams ({@code XADD korrect:events:{type} MAXLEN ~ N * data <envelope>}),
 * as one service (the envelopes' {@code source}). Every event is validated against the catalog
 * first: an invalid one is refused with {@link ng.korrect.catalog.InvalidEventException} and nothing
 * is written.
 *
 * <p>When Redis is unreachable, publishing fails fast: {@link PublishFailedException} within the
 * publish timeout ({@link BusOptions#publishTimeout()}), never an indefinite wait.
 *
 * <p>Thread-safe; share one per service. The asynchronous form lets a caller keep many publishes in
 * flight on one connection:
 *
 * <pre>{@code
 * PublishReceipt receipt = publisher.publish(new BookingCreated(...));
 * CompletableFuture<PublishReceipt> later = publisher.publishAsync(payload, PublishOptions.none());
 * }</pre>
 */
public interface EventPublisher {

    /** Publishes a payload in a new envelope and waits for Redis to take it. */
    default PublishReceipt publish(EventPayload payload) {
        return publish(payload, PublishOptions.none());
    }

    /** Publishes a payload in a new envelope with these options and waits for Redis to take it. */
    PublishReceipt publish(EventPayload payload, PublishOptions options);

    /** Publishes a complete envelope (an outbox relay does this) and waits for Redis to take it. */
    PublishReceipt publish(Event<?> event);

    /** Publishes without waiting; the future fails with {@link PublishFailedException}. */
    CompletableFuture<PublishReceipt> publishAsync(EventPayload payload, PublishOptions options);

    /** Publishes a complete envelope without waiting. */
    CompletableFuture<PublishReceipt> publishAsync(Event<?> event);

    /**
     * Publishes several envelopes atomically in one {@code MULTI}/{@code EXEC}: all of them or none.
     * Across streams this is a multi-key transaction, which a Redis Cluster accepts only when the
     * streams share a slot.
     */
    List<PublishReceipt> publishAtomically(List<? extends Event<?>> events);

    /**
     * Publishes several envelopes that are already in their wire form, as they are, atomically in one
     * {@code MULTI}/{@code EXEC} like {@link #publishAtomically}: what an outbox relay does with the rows
     * it stored. The envelopes are not read again: the entries hold exactly their bytes.
     *
     * @throws PublishFailedException when Redis did not confirm taking them (it took all or none, and took
     *         them if only its answer was lost)
     */
    List<PublishReceipt> publishEncodedAtomically(List<EncodedEvent> events);

    /**
     * Which of these event ids are already among the last {@code depth} entries of that type's stream:
     * what an outbox relay asks before publishing rows that a crash or a failed commit may have left
     * published but not marked sent, so that it does not publish them twice.
     *
     * @throws PublishFailedException when Redis cannot be read
     */
    Set<UUID> alreadyPublished(EventType type, Collection<UUID> eventIds, int depth);

    /**
     * Which of these events are already among the last {@code depth} entries of their streams, by event id
     * ({@link #alreadyPublished(EventType, Collection, int)} for each of their types).
     *
     * @throws PublishFailedException when Redis cannot be read
     */
    default Set<UUID> alreadyPublished(List<? extends Event<?>> events, int depth) {
        Map<EventType, List<UUID>> idsByType = new EnumMap<>(EventType.class);
        for (Event<?> event : events) {
            idsByType.computeIfAbsent(event.type(), type -> new ArrayList<>()).add(event.id());
        }
        Set<UUID> found = new HashSet<>();
        idsByType.forEach((type, ids) -> found.addAll(alreadyPublished(type, ids, depth)));
        return found;
    }

    /**
     * A new envelope for the payload, as {@link #publish(EventPayload, PublishOptions)} would publish it: the
     * publisher's {@link EnvelopeFactory}, which mints without Redis where no publisher is at hand.
     */
    <P extends EventPayload> Event<P> envelope(P payload, PublishOptions options);
}
