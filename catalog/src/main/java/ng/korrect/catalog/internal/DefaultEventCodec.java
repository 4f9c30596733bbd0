package ng.korrect.catalog.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ng.korrect.catalog.CodecOptions;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.EventCodec;
import ng.korrect.catalog.InvalidEventException;
import ng.korrect.catalog.PayloadField;
import ng.korrect.catalog.Problem;
import ng.korrect.catalog.payload.EventPayload;

/** The {@link EventCodec}: Jackson's streaming parser in, the {@code JSON.stringify}-exact writer out. */
public final class DefaultEventCodec implements EventCodec {

    /** Deeper than any event needs, shallow enough that no input can exhaust the stack. */
    private static final int MAX_NESTING_DEPTH = 64;

    /** The range of a JavaScript {@code Date}, outside which {@code toISOString()} has no text to write. */
    private static final Instant EARLIEST_DATE = Instant.ofEpochMilli(-8_640_000_000_000_000L);
    private static final Instant LATEST_DATE = Instant.ofEpochMilli(8_640_000_000_000_000L);

    private final CodecOptions options;
    private final JsonFactory factory;

    /** The string quoted as {@code JSON.stringify} quotes it, as every envelope writes its strings. */
    public static String quote(String text) {
        return new String(new WireWriter(text.length() + 2).string(text).toByteArray(), StandardCharsets.UTF_8);
    }

    /** The instant as the envelope writes its timestamp, as {@code toISOString()} writes it. */
    public static String formatTimestamp(Instant instant) {
        return IsoInstants.format(instant);
    }

    /** A codec with these options. */
    public DefaultEventCodec(CodecOptions options) {
        this.options = options;
        // A repeated member is refused: JSON.stringify never writes one, and JSON.parse would keep the last
        // while a streaming read acts on the first, so an entry with two "type"s could mean two things.
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    @Override
    public byte[] encode(Event<?> event) {
        List<Problem> problems = problemsOf(event);
        if (!problems.isEmpty()) {
            throw invalid(event, problems);
        }
        byte[] wire = EnvelopeWriter.write(event);
        if (wire.length > options.maxEnvelopeBytes()) {
            throw invalid(event, List.of(new Problem("", "the envelope is " + wire.length
                    + " bytes, more than the limit of " + options.maxEnvelopeBytes())));
        }
        return wire;
    }

    @Override
    public Event<?> decode(byte[] wire) {
        return new EnvelopeReader(factory, options.maxEnvelopeBytes()).read(wire);
    }

    @Override
    public List<Problem> problemsOf(Event<?> event) {
        List<Problem> problems = new ArrayList<>(0);
        if (event.timestamp().isBefore(EARLIEST_DATE) || event.timestamp().isAfter(LATEST_DATE)) {
            problems.add(new Problem("timestamp", "must be within the range of a JavaScript Date, "
                    + EARLIEST_DATE + " to " + LATEST_DATE + ", was " + event.timestamp()));
        }
        if (event.source().isBlank()) {
            problems.add(new Problem("source", "must not be blank"));
        }
        if (event.correlationId().filter(String::isBlank).isPresent()) {
            problems.add(new Problem("correlationId", "must not be blank"));
        }
        checkPayload(event.payload(), problems);
        return problems;
    }

    private static void checkPayload(EventPayload payload, List<Problem> problems) {
        PayloadModel model = PayloadModel.of(payload.eventType());
        for (int i = 0; i < model.size(); i++) {
            PayloadField field = model.fields().get(i);
            Object value = model.get(payload, i);
            if (value instanceof Optional<?> optional) {
                value = optional.orElse(null);
            }
            if (value != null) {
                FieldChecks.check(field, value, "payload." + field.name(), problems);
            }
        }
    }

    private static InvalidEventException invalid(Event<?> event, List<Problem> problems) {
        return new InvalidEventException(Optional.of(event.id().toString()),
                Optional.of(event.type().wireName()), problems);
    }
}
