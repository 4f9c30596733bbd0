package ng.korrect.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import ng.korrect.catalog.fixture.EventArbitraries;
import ng.korrect.catalog.fixture.SampleEvents;
import ng.korrect.catalog.fixture.WireMutator;
import ng.korrect.catalog.fixture.WireMutator.Mutation;

/**
 * Whatever bytes arrive, the decoder answers with an event or an {@link InvalidEventException} that
 * says what is wrong and where; nothing else escapes it. And whatever it accepts, it can write again.
 * The fixed-seed corpora replay exactly; the properties add inputs that jqwik generates and shrinks.
 */
class DecoderFuzzTest {

    private static final EventCodec CODEC = EventCodec.create();
    private static final long SEED = 20261126L;
    private static final List<byte[]> VALID_WIRES = validWires();

    @Example
    void shouldDecodeOrRejectEveryMutationOfAValidEvent() {
        Random random = new Random(SEED);
        WireMutator mutator = new WireMutator(random, VALID_WIRES);
        int decoded = 0;
        for (int i = 0; i < 25_000; i++) {
            byte[] input = mutator.mutate(VALID_WIRES.get(random.nextInt(VALID_WIRES.size())));
            decoded += decodesOrFailsCleanly(input) ? 1 : 0;
        }
        assertThat(decoded).as("mutations that still hold a valid event").isBetween(1, 24_999);
    }

    @Example
    void shouldRejectRandomBytes() {
        Random random = new Random(SEED + 1);
        WireMutator mutator = new WireMutator(random, VALID_WIRES);
        for (int i = 0; i < 5_000; i++) {
            assertThat(decodesOrFailsCleanly(mutator.randomBytes(random.nextInt(400)))).isFalse();
        }
    }

    @Example
    void shouldRejectRandomUnicodeText() {
        Random random = new Random(SEED + 2);
        for (int i = 0; i < 3_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(200);
            for (int j = 0; j < length; j++) {
                text.append((char) (random.nextBoolean() ? random.nextInt(0x80) : random.nextInt(0x10000)));
            }
            decodesOrFailsCleanly(text.toString().getBytes(StandardCharsets.UTF_8));
            decodesOrFailsCleanly(text.toString().getBytes(StandardCharsets.UTF_16));
        }
    }

    @Example
    void shouldRejectPathologicalInputsCleanly() {
        String valid = CODEC.encodeToString(SampleEvents.full(EventType.NOTIFICATION_SEND));
        String head = valid.substring(0, valid.indexOf(",\"payload\""));
        List<String> texts = List.of(
                "", " ", "\n\t ", "null", "true", "0", "\"text\"", "[]", "{}", "{\"id\":null}", "[{}]", "{}{}",
                "[".repeat(10_000), "]".repeat(10_000), "{\"a\":".repeat(10_000), "{".repeat(10_000),
                "[".repeat(10_000) + "]".repeat(10_000),
                head + ",\"metadata\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}",
                head + ",\"payload\":" + "{\"a\":".repeat(10_000) + "}".repeat(10_000) + "}",
                "{\"payload\":" + "{\"a\":[".repeat(5_000) + "]}".repeat(5_000) + ",\"type\":\"user.created\"}",
                valid.replace("\"usr_1001\"", "1e999"),
                valid.replace("\"usr_1001\"", "1" + "0".repeat(100_000)),
                valid.replace("\"usr_1001\"", "0." + "0".repeat(100_000) + "1"),
                valid.replace("\"retry\":2", "\"retry\":1e999"),
                valid.replace("\"retry\":2", "\"retry\":-1e999"),
                valid.replace("\"retry\":2", "\"retry\":1" + "0".repeat(400)),
                valid.replace("\"retry\":2", "\"retry\":2,\"retry\":3"),
                valid.replace("{\"id\"", "{\"type\":\"user.created\",\"id\""),
                valid.replace("}", ",\"payload\":{}}"),
                valid.replace("{\"id\"", "{\"payload\":{},\"id\""),
                valid + valid,
                valid + " x",
                valid + "\u0000",
                "\ufeff" + valid,
                valid.replace("\"push\"", "\"push\\u0000\""),
                valid.replace("2026-11-26T19:22:40.123Z", "+999999999-12-31T23:59:59.999-18:00"),
                valid.replace("2026-11-26T19:22:40.123Z", "-999999999-01-01T00:00:00+18:00"),
                valid.replace("2026-11-26T19:22:40.123Z", "+275760-09-13T00:00:00.001Z"),
                valid.replace("\"bookingId\"", "\"bookingId\\ud800\""),
                "{\"id\":\"" + "x".repeat(70_000) + "\"}");
        List<byte[]> inputs = new ArrayList<>();
        texts.forEach(text -> inputs.add(text.getBytes(StandardCharsets.UTF_8)));
        byte[] utf8 = valid.getBytes(StandardCharsets.UTF_8);
        for (byte[] bad : List.of(new byte[] {(byte) 0xc0, (byte) 0xaf}, new byte[] {(byte) 0x80},
                new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, new byte[] {(byte) 0xf5, (byte) 0x80, (byte) 0x80, (byte) 0x80},
                new byte[] {(byte) 0xe2, (byte) 0x82}, new byte[] {(byte) 0xff}, new byte[] {(byte) 0xf0, (byte) 0x9f})) {
            inputs.add(insertIntoString(utf8, "New booking", bad));
            inputs.add(insertIntoString(utf8, "\"id\"", bad));
            inputs.add(bad);
        }
        inputs.add(new byte[CodecOptions.DEFAULT_MAX_ENVELOPE_BYTES + 1]);
        inputs.add(utf8.length > 0 ? java.util.Arrays.copyOf(utf8, utf8.length - 1) : utf8);

        inputs.forEach(DecoderFuzzTest::decodesOrFailsCleanly);
    }

    @Provide
    Arbitrary<List<Damage>> damages() {
        return Combinators.combine(Arbitraries.of(Mutation.class), Arbitraries.doubles().between(0, 1), Arbitraries.longs())
                .as(Damage::new).list().ofMinSize(1).ofMaxSize(5);
    }

    @Provide
    Arbitrary<Event<?>> events() {
        return EventArbitraries.events();
    }

    @Property(tries = 1500)
    void shouldDecodeOrRejectEveryGeneratedDamageToAGeneratedEvent(@ForAll("events") Event<?> event,
                                                                    @ForAll("damages") List<Damage> damages) {
        byte[] input = CODEC.encode(event);
        for (Damage damage : damages) {
            input = new WireMutator(new Random(damage.seed()), VALID_WIRES).apply(damage.mutation(), input, damage.where());
        }
        decodesOrFailsCleanly(input);
    }

    @Property(tries = 1000)
    void shouldDecodeOrRejectAnyBytes(@ForAll("bytes") byte[] input) {
        decodesOrFailsCleanly(input);
    }

    @Property(tries = 1000)
    void shouldDecodeOrRejectAnyJsonLookingText(@ForAll("jsonLookingText") String input) {
        decodesOrFailsCleanly(input.getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
    }

    @Provide
    Arbitrary<String> jsonLookingText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("{}[]\":,0123456789.eE+-truefalsn \\u\t\n").ofMaxLength(80),
                EventArbitraries.text(),
                Arbitraries.of(WireMutator.HOSTILE_VALUES));
    }

    /** One mutation of the wire, at a fraction of its length, with its own randomness. */
    record Damage(Mutation mutation, double where, long seed) {
    }

    /**
     * Decodes the input and checks the outcome: an event that encodes and decodes to itself again, or
     * an InvalidEventException with a path and a message for every problem. Anything else fails the
     * test with the input shown. Returns whether the input held a valid event.
     */
    private static boolean decodesOrFailsCleanly(byte[] input) {
        Event<?> event;
        try {
            event = CODEC.decode(input);
        } catch (InvalidEventException e) {
            assertThat(e.problems()).as("problems of %s", show(input)).isNotEmpty().allSatisfy(problem -> {
                assertThat(problem.path()).isNotNull();
                assertThat(problem.message()).isNotBlank();
            });
            assertThat(e.getMessage()).isNotBlank();
            return false;
        } catch (Throwable unexpected) {
            throw new AssertionError("decoding " + show(input) + " threw " + unexpected, unexpected);
        }
        assertThat(event).as("the event of %s", show(input)).isNotNull();
        try {
            assertThat(CODEC.decode(CODEC.encode(event))).as("%s re-encoded", show(input)).isEqualTo(event);
        } catch (InvalidEventException e) {
            // what the decoder reads but a publisher must not write: too many bytes, a date JavaScript cannot hold
            assertThat(e.problems()).as("problems re-encoding %s", show(input)).allSatisfy(problem ->
                    assertThat(problem.toString()).containsAnyOf("more than the limit", "range of a JavaScript Date"));
        } catch (RuntimeException unexpected) {
            throw new AssertionError("re-encoding the event of " + show(input) + " threw " + unexpected, unexpected);
        }
        return true;
    }

    private static byte[] insertIntoString(byte[] wire, String after, byte[] bytes) {
        String text = new String(wire, StandardCharsets.ISO_8859_1);
        int at = text.indexOf(after) + after.length() - 1;
        byte[] result = new byte[wire.length + bytes.length];
        System.arraycopy(wire, 0, result, 0, at);
        System.arraycopy(bytes, 0, result, at, bytes.length);
        System.arraycopy(wire, at, result, at + bytes.length, wire.length - at);
        return result;
    }

    /** The input for a failure message: as text when it is UTF-8, else in hex; cut short when long. */
    private static String show(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        String shown = java.util.Arrays.equals(text.getBytes(StandardCharsets.UTF_8), input)
                ? "text " + escape(text)
                : "bytes " + HexFormat.of().formatHex(input);
        return shown.length() > 600 ? shown.substring(0, 600) + "... (" + input.length + " bytes)" : shown;
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        text.chars().forEach(c -> escaped.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return escaped.toString();
    }

    private static List<byte[]> validWires() {
        List<byte[]> wires = new ArrayList<>();
        SampleEvents.minimalOfEveryType().forEach(event -> wires.add(CODEC.encode(event)));
        SampleEvents.fullOfEveryType().forEach(event -> wires.add(CODEC.encode(event)));
        return wires;
    }
}
