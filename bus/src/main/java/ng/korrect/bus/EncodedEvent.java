package ng.korrect.bus;

import java.util.Objects;
import java.util.UUID;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.EventCodec;
import ng.korrect.catalog.EventType;

/**
 * An envelope already in its wire form, as an outbox stored it, with the two facts the bus needs without
 * reading it: its event id (to find it on its stream) and its type (its stream). A publisher puts the
 * envelope on the wire as it is, UTF-8 encoded, without decoding and encoding it again.
 *
 * @param id the envelope's {@code id}
 * @param type the envelope's {@code type}
 * @param envelope the envelope's JSON text, as {@link EventCodec#encode} wrote it
 */
public record EncodedEvent(UUID id, EventType type, String envelope) {

    /** Rejects nulls. */
    public EncodedEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(envelope, "envelope");
    }

    /**
     * The event in the codec's wire form.
     *
     * @throws ng.korrect.catalog.InvalidEventException when the event breaks a rule of the catalog
     */
    public static EncodedEvent of(Event<?> event, EventCodec codec) {
        return new EncodedEvent(event.id(), event.type(), codec.encodeToString(event));
    }
}
