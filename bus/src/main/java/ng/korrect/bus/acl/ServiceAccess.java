package ng.korrect.bus.acl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import ng.korrect.bus.ReplayStream;
import ng.korrect.bus.idempotency.RedisIdempotencyGuard;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.Reaction;
import ng.korrect.catalog.ServiceName;

/**
 * The Redis keys one service uses, as the catalog says: the event streams it appends to (the types it
 * produces), the event streams its consumer group reads (the types it consumes), its own replay stream,
 * the dead-letter streams of the types it consumes, and the keys of its idempotency guard.
 *
 * @param service the service; its consumer group has the same name
 * @param produces the event types it publishes
 * @param consumes the event types its group handles
 */
public record ServiceAccess(ServiceName service, Set<EventType> produces, Set<EventType> consumes) {

    /** Copies the sets, in catalog order. */
    public ServiceAccess {
        Objects.requireNonNull(service, "service");
        produces = Collections.unmodifiableSet(copy(produces));
        consumes = Collections.unmodifiableSet(copy(consumes));
    }

    /** The keys of that service as the catalog's producers and consumers give them. */
    public static ServiceAccess of(ServiceName service) {
        Set<EventType> produces = EnumSet.noneOf(EventType.class);
        Set<EventType> consumes = EnumSet.noneOf(EventType.class);
        for (EventType type : EventType.values()) {
            if (type.producers().contains(service)) {
                produces.add(type);
            }
            if (type.consumers().stream().map(Reaction::service).anyMatch(service::equals)) {
                consumes.add(type);
            }
        }
        return new ServiceAccess(service, produces, consumes);
    }

    /** The streams it appends events to: {@code korrect:events:{type}} of each type it produces. */
    public List<String> publishedStreams() {
        return produces.stream().map(EventType::streamKey).toList();
    }

    /** The streams its group reads: the event stream of each type it consumes, then its replay stream. */
    public List<String> readStreams() {
        if (consumes.isEmpty()) {
            return List.of();
        }
        List<String> streams = new ArrayList<>(consumes.stream().map(EventType::streamKey).toList());
        streams.add(ReplayStream.key(service.wireName()));
        return streams;
    }

    /** The dead-letter streams its group writes: {@code korrect:dlq:{type}} of each type it consumes. */
    public List<String> deadLetterStreams() {
        return consumes.stream().map(EventType::deadLetterKey).toList();
    }

    /** The key pattern of its group's idempotency guard in Redis, {@code korrect:handled:{group}:*}. */
    public String handledKeys() {
        return RedisIdempotencyGuard.KEY_PREFIX + service.wireName() + ":*";
    }

    private static Set<EventType> copy(Set<EventType> types) {
        Objects.requireNonNull(types, "types");
        return types.isEmpty() ? EnumSet.noneOf(EventType.class) : EnumSet.copyOf(types);
    }
}
