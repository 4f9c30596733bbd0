package ng.korrect.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import ng.korrect.catalog.payload.ReviewCreated;
import org.junit.jupiter.api.Test;

/** The size limit on envelopes: 64 KiB unless configured, counted in UTF-8 bytes, both ways. */
class CodecSizeLimitTest {

    private static final EventCodec CODEC = EventCodec.create();
    private static final int LIMIT = 64 * 1024;
    private static final UUID ID = UUID.fromString("3e8b4c5d-af60-4b82-9dce-3f4a5b6c7d8e");

    /** A review event whose title is that string. */
    private static Event<ReviewCreated> reviewTitled(String title) {
        return new Event<>(ID, new ReviewCreated("r-1", "p-1", "c-1", 5, title), CatalogSamples.TIMESTAMP, "artisan",
                Optional.empty(), Optional.empty());
    }

    /** A review event whose wire form is exactly that many bytes. */
    private static Event<ReviewCreated> reviewOfBytes(int bytes) {
        int overhead = CODEC.encode(reviewTitled("")).length;
        return reviewTitled("x".repeat(bytes - overhead));
    }

    @Test
    void shouldDefaultTo64KiB() {
        assertThat(CodecOptions.defaults().maxEnvelopeBytes()).isEqualTo(LIMIT);
        assertThat(CodecOptions.builder().build()).isEqualTo(CodecOptions.defaults());
    }

    @Test
    void shouldEncodeAndDecodeAnEnvelopeOfExactlyTheLimit() {
        Event<ReviewCreated> event = reviewOfBytes(LIMIT);

        byte[] wire = CODEC.encode(event);

        assertThat(wire).hasSize(LIMIT);
        assertThat(CODEC.decode(wire)).isEqualTo(event);
    }

    @Test
    void shouldRefuseToEncodeAnEnvelopeOneByteOverTheLimit() {
        InvalidEventException refusal = catchThrowableOfType(InvalidEventException.class,
                () -> CODEC.encode(reviewOfBytes(LIMIT + 1)));

        assertThat(refusal.problems()).containsExactly(
                new Problem("", "the envelope is 65537 bytes, more than the limit of 65536"));
        assertThat(refusal.eventId()).contains(ID.toString());
        assertThat(refusal.eventType()).contains("review.created");
    }

    @Test
    void shouldRefuseToDecodeAnEnvelopeOneByteOverTheLimit() {
        byte[] wire = CodecWithLargerLimit.CODEC.encode(reviewOfBytes(LIMIT + 1));

        InvalidEventException refusal = catchThrowableOfType(InvalidEventException.class, () -> CODEC.decode(wire));

        assertThat(refusal.problems()).containsExactly(
                new Problem("", "the envelope is 65537 bytes, more than the limit of 65536"));
    }

    @Test
    void shouldCountBytesNotCharacters() {
        String title = "\u5de5".repeat(22_000); // 22,000 characters, 66,000 bytes in UTF-8
        Event<ReviewCreated> event = reviewTitled(title);
        byte[] wire = CodecWithLargerLimit.CODEC.encode(event);

        assertThat(new String(wire, StandardCharsets.UTF_8).length()).isLessThan(LIMIT);
        assertThat(catchThrowableOfType(InvalidEventException.class, () -> CODEC.encode(event)).problems())
                .singleElement().extracting(Problem::path).isEqualTo("");
        assertThat(catchThrowableOfType(InvalidEventException.class, () -> CODEC.decode(wire)).problems())
                .singleElement().extracting(Problem::message).asString().contains("more than the limit of 65536");
    }

    @Test
    void shouldRefuseOversizedInputBeforeParsingIt() {
        byte[] garbage = "{".repeat(LIMIT + 10).getBytes(StandardCharsets.US_ASCII);

        assertThat(catchThrowableOfType(InvalidEventException.class, () -> CODEC.decode(garbage)).problems())
                .containsExactly(new Problem("", "the envelope is 65546 bytes, more than the limit of 65536"));
    }

    @Test
    void shouldApplyAConfiguredLimitBothWays() {
        EventCodec small = EventCodec.create(CodecOptions.builder().maxEnvelopeBytes(2048).build());
        Event<ReviewCreated> event = reviewOfBytes(3000);
        byte[] wire = CODEC.encode(event);

        assertThat(catchThrowableOfType(InvalidEventException.class, () -> small.encode(event)))
                .hasMessageContaining("the envelope is 3000 bytes, more than the limit of 2048");
        assertThat(catchThrowableOfType(InvalidEventException.class, () -> small.decode(wire)))
                .hasMessageContaining("the envelope is 3000 bytes, more than the limit of 2048");
        assertThat(small.decode(CODEC.encode(reviewOfBytes(2048)))).isEqualTo(reviewOfBytes(2048));
    }

    @Test
    void shouldRejectALimitBelowOneKibibyteNamingTheSetting() {
        assertThatThrownBy(() -> CodecOptions.builder().maxEnvelopeBytes(1023).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxEnvelopeBytes must be at least 1024, was 1023");
        assertThat(CodecOptions.builder().maxEnvelopeBytes(1024).build().maxEnvelopeBytes()).isEqualTo(1024);
    }

    /** A codec that lets oversized envelopes be written, to test reading them. */
    private static final class CodecWithLargerLimit {
        static final EventCodec CODEC = EventCodec.create(CodecOptions.builder().maxEnvelopeBytes(1 << 20).build());
    }
}
