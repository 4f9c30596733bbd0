package ng.korrect.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.EventCodec;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.BookingCreated;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Encoding and decoding a typical {@code booking.created} event with the catalog's {@link EventCodec}
 * (which validates both ways) against plain Jackson databinding of {@link JacksonEnvelope} (which
 * validates nothing), in the same run. Setup checks that both write the very same bytes, so the two
 * sides do the same JSON work: Jackson leaves {@code BookingCreated.eventType()} out by itself, as it is
 * neither a record component nor a {@code get} method, and {@code NON_NULL} drops the absent metadata.
 *
 * <pre>{@code
 * java -jar bench/target/benchmarks.jar CodecBenchmark -prof gc
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CodecBenchmark {

    private final EventCodec codec = EventCodec.create();
    private final ObjectMapper mapper = jacksonMapper();

    private Event<BookingCreated> event;
    private JacksonEnvelope envelope;
    private byte[] wire;

    /** Builds the event, its Jackson twin and their wire form, and checks that both sides agree on it. */
    @Setup
    public void setUp() throws IOException {
        BookingCreated payload = new BookingCreated(
                "5b0c2f7e-8d4a-4c1b-9e3f-2a6d7c8b9e01",
                "c3a1f9d2-4b6e-4f8a-a1c7-0e5d3b2f6a94",
                "9f8e7d6c-5b4a-4392-8b1c-0d2e3f4a5b6c",
                "2d4f6a8c-1e3b-4d5f-9a7c-8b6e4d2f0a13",
                "Plumbing: fix kitchen sink leak",
                "pending");
        event = new Event<>(UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7"), payload,
                Instant.parse("2026-11-26T19:22:40.123Z"), ServiceName.TRANSACTION.wireName(),
                Optional.of("a8f5f167-f44f-4964-a6c8-2d1a4b3e5f70"), Optional.empty());
        envelope = new JacksonEnvelope(event.id(), event.type().wireName(), payload, event.timestamp(),
                event.source(), event.correlationId().orElseThrow(), null);
        wire = codec.encode(event);
        byte[] jacksonWire = mapper.writeValueAsBytes(envelope);
        if (!Arrays.equals(wire, jacksonWire)) {
            throw new IllegalStateException("the baseline writes other JSON than the codec:\n"
                    + new String(wire, StandardCharsets.UTF_8) + "\n"
                    + new String(jacksonWire, StandardCharsets.UTF_8));
        }
        if (!codec.decode(wire).equals(event) || !mapper.readValue(wire, JacksonEnvelope.class).equals(envelope)) {
            throw new IllegalStateException("a decoder does not give back the event it was given");
        }
    }

    /** The codec's encoding, validation included. */
    @Benchmark
    public byte[] korrectEncode() {
        return codec.encode(event);
    }

    /** The codec's decoding, validation included. */
    @Benchmark
    public Event<?> korrectDecode() {
        return codec.decode(wire);
    }

    /** Jackson databinding of the same envelope, without validation. */
    @Benchmark
    public byte[] jacksonEncode() throws IOException {
        return mapper.writeValueAsBytes(envelope);
    }

    /** Jackson databinding of the same bytes, without validation. */
    @Benchmark
    public JacksonEnvelope jacksonDecode() throws IOException {
        return mapper.readValue(wire, JacksonEnvelope.class);
    }

    private static ObjectMapper jacksonMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                        JsonInclude.Include.NON_NULL))
                .build();
    }
}
