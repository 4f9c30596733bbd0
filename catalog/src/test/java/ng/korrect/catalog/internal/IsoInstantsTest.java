package ng.korrect.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link IsoInstants} against what Node.js's {@code new Date(ms).toISOString()} writes. */
class IsoInstantsTest {

    /** The range of a JavaScript Date: ±8.64e15 ms around the epoch. */
    private static final long JS_DATE_LIMIT_MILLIS = 8_640_000_000_000_000L;

    @ParameterizedTest(name = "{0} ms -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0                  | 1970-01-01T00:00:00.000Z
            -1                 | 1969-12-31T23:59:59.999Z
            1795720960123      | 2026-11-26T19:22:40.123Z
            951782400000       | 2000-02-29T00:00:00.000Z
            -30641673600001    | 0999-01-01T23:59:59.999Z
            -62167219200000    | 0000-01-01T00:00:00.000Z
            -62198755200000    | -000001-01-01T00:00:00.000Z
            253402300799999    | 9999-12-31T23:59:59.999Z
            253402300800000    | +010000-01-01T00:00:00.000Z
            8640000000000000   | +275760-09-13T00:00:00.000Z
            -8640000000000000  | -271821-04-20T00:00:00.000Z
            """)
    void shouldFormatLikeToIsoString(long epochMillis, String javaScript) {
        assertThat(IsoInstants.format(Instant.ofEpochMilli(epochMillis))).isEqualTo(javaScript);
    }

    @Test
    void shouldDropDigitsBelowTheMillisecondWhenFormatting() {
        assertThat(IsoInstants.format(Instant.parse("2026-11-26T19:22:40.123999999Z")))
                .isEqualTo("2026-11-26T19:22:40.123Z");
        assertThat(IsoInstants.format(Instant.parse("1969-12-31T23:59:59.999999Z")))
                .isEqualTo("1969-12-31T23:59:59.999Z");
    }

    @Test
    void shouldParseTheCanonicalForm() {
        assertThat(IsoInstants.parse("2026-11-26T19:22:40.123Z"))
                .contains(Instant.ofEpochMilli(1795720960123L));
        assertThat(IsoInstants.parse("0999-01-01T23:59:59.999Z"))
                .contains(Instant.ofEpochMilli(-30641673600001L));
        assertThat(IsoInstants.parse("2024-02-29T00:00:00.000Z")).contains(Instant.parse("2024-02-29T00:00:00Z"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-26T20:22:40.123+01:00       | 2026-11-26T19:22:40.123Z
            2026-11-26T13:52:40.123-05:30       | 2026-11-26T19:22:40.123Z
            2026-11-27T00:22:40.123+05:00       | 2026-11-26T19:22:40.123Z
            2026-11-26T19:22:40.123+00:00       | 2026-11-26T19:22:40.123Z
            2026-11-26T19:22:40Z                | 2026-11-26T19:22:40Z
            2026-11-26T19:22:40.1Z              | 2026-11-26T19:22:40.100Z
            2026-11-26T19:22:40.123456789Z      | 2026-11-26T19:22:40.123456789Z
            2026-11-26T19:22Z                   | 2026-11-26T19:22:00Z
            -000001-01-01T00:00:00.000Z         | -0001-01-01T00:00:00Z
            +010000-01-01T00:00:00.001Z         | +10000-01-01T00:00:00.001Z
            +275760-09-13T00:00:00.000Z         | +275760-09-13T00:00:00Z
            """)
    void shouldParseOtherIsoFormsWithAnOffset(String text, String expected) {
        assertThat(IsoInstants.parse(text)).contains(Instant.parse(expected));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
        "", " ", "yesterday", "1795720960123", "2026-11-26", "19:22:40.123Z",
        "2026-11-26T19:22:40.123", "2026-11-26 19:22:40.123Z", " 2026-11-26T19:22:40.123Z",
        "2026-11-26T19:22:40.123Z ", "2026-13-01T00:00:00.000Z", "2026-00-10T00:00:00.000Z",
        "2026-02-29T00:00:00.000Z", "2026-04-31T00:00:00.000Z", "2026-11-26T24:00:00.000Z",
        "2026-11-26T19:60:00.000Z", "2026-11-26T19:22:61.000Z", "2026-11-26T19:22:40.12aZ",
        "2026-11-26T19:22:40.123X", "2026-11-26X19:22:40.123Z", "20261126T192240.123Z",
        "2026-11-26T19:22:40.123+25:00", "Thu, 26 Nov 2026 19:22:40 GMT", "２０２６-11-26T19:22:40.123Z",
    })
    void shouldRejectGarbage(String text) {
        assertThat(IsoInstants.parse(text)).isEmpty();
    }

    @Test
    void shouldReadBackWhatItWritesAcrossTheWholeRangeOfJavaScriptDates() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 50_000; i++) {
            Instant instant = Instant.ofEpochMilli(random.nextLong(-JS_DATE_LIMIT_MILLIS, JS_DATE_LIMIT_MILLIS + 1));

            assertThat(IsoInstants.parse(IsoInstants.format(instant))).as("%s", instant).contains(instant);
        }
    }

    @Test
    void shouldWriteTheCanonicalLengthForFourDigitYears() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 10_000; i++) {
            Instant instant = Instant.ofEpochMilli(random.nextLong(-62167219200000L, 253402300800000L));

            assertThat(IsoInstants.format(instant)).hasSize(24).endsWith("Z").matches(
                    "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
        }
    }
}
