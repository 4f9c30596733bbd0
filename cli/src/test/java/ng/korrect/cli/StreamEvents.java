package ng.korrect.cli;

import io.lettuce.core.XAddArgs;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.EventCodec;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.BookingCreated;
import ng.korrect.catalog.payload.EventPayload;
import ng.korrect.catalog.payload.ReviewCreated;

/** Events in their wire form, and entries of streams made of them, for the commands that read Redis. */
public final class StreamEvents {

    private static final EventCodec CODEC = EventCodec.create();

    private StreamEvents() {
    }

    /** A {@code booking.created} payload numbered {@code number}. */
    public static BookingCreated booking(int number) {
        return new BookingCreated("booking-" + number, "customer-" + number, "artisan-1", "profile-1", "Plumbing", "pending");
    }

    /** A {@code review.created} payload numbered {@code number}. */
    public static ReviewCreated review(int number) {
        return new ReviewCreated("review-" + number, "profile-1", "customer-" + number, 4, "Tidy");
    }

    /** The envelope of that payload from that source at that time, with a correlation id when not null. */
    public static Event<?> event(EventPayload payload, ServiceName source, Instant at, String correlationId) {
        return new Event<>(UUID.randomUUID(), payload, at, source.wireName(), Optional.ofNullable(correlationId), Optional.empty());
    }

    /** The wire form. */
    public static String wire(Event<?> event) {
        return CODEC.encodeToString(event);
    }

    /** Adds the event to its stream at that entry id, as a publisher would; returns the id. */
    public static String add(RedisCommands<String, String> redis, Event<?> event, String entryId) {
        return redis.xadd(event.type().streamKey(), new XAddArgs().id(entryId), Map.of("data", wire(event)));
    }

    /** Adds a {@code booking.created} event to its stream, with an automatic id. */
    public static String addBooking(RedisCommands<String, String> redis, int number, String correlationId) {
        return redis.xadd(EventType.BOOKING_CREATED.streamKey(),
                Map.of("data", wire(event(booking(number), ServiceName.TRANSACTION, Instant.now(), correlationId))));
    }
}
