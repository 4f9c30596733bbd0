package ng.korrect.catalog;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import ng.korrect.catalog.internal.DefaultEventCodec;

/**
 * Reads and writes events in the wire form shared with the Node.js services: the UTF-8 JSON that
 * JavaScript's {@code JSON.stringify} makes of the envelope, byte for byte (keys in the order
 * {@code id, type, payload, timestamp, source, correlationId, metadata}, payload keys in catalog
 * order, no whitespace, integers without {@code .0}, timestamps like {@code toISOString()}).
 *
 * <p>Both directions validate against the catalog: {@link #decode} refuses what a consumer must not
 * act on, {@link #encode} refuses what a publisher must not put on the wire. Either throws only
 * {@link InvalidEventException}, listing every problem with its field path, whatever the input.
 * Unknown payload and envelope fields are tolerated on decoding, since a newer producer may add some.
 *
 * <p>Instances are immutable and thread-safe; share one.
 *
 * <pre>{@code
 * EventCodec codec = EventCodec.create();
 * byte[] wire = codec.encode(event);
 * Event<?> back = codec.decode(wire);
 * }</pre>
 */
public interface EventCodec {

    /** A codec with the default options. */
    static EventCodec create() {
        return create(CodecOptions.defaults());
    }

    /** A codec with these options. */
    static EventCodec create(CodecOptions options) {
        return new DefaultEventCodec(options);
    }

    /**
     * A string as the wire form writes it, quotes included (as JavaScript's {@code JSON.stringify}
     * quotes it), for finding a value in stored envelopes.
     */
    static String quote(String text) {
        return DefaultEventCodec.quote(text);
    }

    /**
     * An instant as the wire form writes the envelope's {@code timestamp}: as JavaScript's {@code toISOString()}
     * does, in UTC to the millisecond, like {@code 2026-11-26T19:22:40.123Z}; for the other times that travel
     * beside events, so that they read the same.
     */
    static String formatTimestamp(Instant instant) {
        return DefaultEventCodec.formatTimestamp(instant);
    }

    /**
     * The wire form of the event.
     *
     * @throws InvalidEventException when the event breaks a rule of the catalog or the size limit
     */
    byte[] encode(Event<?> event);

    /** The wire form of the event as a string. */
    default String encodeToString(Event<?> event) {
        return new String(encode(event), StandardCharsets.UTF_8);
    }

    /**
     * The event that these UTF-8 bytes hold.
     *
     * @throws InvalidEventException for anything that is not a valid catalog event
     */
    Event<?> decode(byte[] wire);

    /** The event that this JSON text holds. */
    default Event<?> decode(String wire) {
        return decode(wire.getBytes(StandardCharsets.UTF_8));
    }

    /** What is wrong with an event by the catalog's rules; empty when it may be published. */
    List<Problem> problemsOf(Event<?> event);
}
