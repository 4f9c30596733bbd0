package ng.korrect.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link JsNumbers} against what Node.js prints for the same doubles ({@code String(x)}). */
class JsNumbersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0                       | 0
            -0.0                    | 0
            100                     | 100
            -7                      | -7
            15000.5                 | 15000.5
            0.1                     | 0.1
            0.000001                | 0.000001
            0.0000012345            | 0.0000012345
            1e-7                    | 1e-7
            1.5e-7                  | 1.5e-7
            123e-20                 | 1.23e-18
            123456789.123           | 123456789.123
            9007199254740991        | 9007199254740991
            9007199254740993        | 9007199254740992
            1152921504606846976     | 1152921504606847000
            18446744073709551616    | 18446744073709552000
            1e20                    | 100000000000000000000
            1e21                    | 1e+21
            -1e21                   | -1e+21
            1.2345e21               | 1.2345e+21
            1.7976931348623157e308  | 1.7976931348623157e+308
            2.2250738585072014e-308 | 2.2250738585072014e-308
            4.9e-324                | 5e-324
            -4.9e-324               | -5e-324
            1e-323                  | 1e-323
            1.5e-323                | 1.5e-323
            2.5e-323                | 2.5e-323
            5e-323                  | 5e-323
            1e-322                  | 1e-322
            1.04e-322               | 1.04e-322
            5e-310                  | 5e-310
            """)
    void shouldFormatLikeJavaScript(double value, String javaScript) {
        assertThat(JsNumbers.format(value)).isEqualTo(javaScript);
    }

    @Test
    void shouldFormatTheSumThatShowsBinaryFractionsLikeJavaScript() {
        assertThat(JsNumbers.format(0.1 + 0.2)).isEqualTo("0.30000000000000004");
    }

    @Test
    void shouldFormatTheSmallestDoubleWithOneDigitNotTwoAsJavaDoes() {
        assertThat(Double.toString(Double.MIN_VALUE)).isEqualTo("4.9E-324");
        assertThat(JsNumbers.format(Double.MIN_VALUE)).isEqualTo("5e-324");
    }

    @Test
    void shouldFormatAmountsByTheirDoubleValueWithoutTrailingZeros() {
        assertThat(JsNumbers.format(new BigDecimal("15000.50"))).isEqualTo("15000.5");
        assertThat(JsNumbers.format(new BigDecimal("2500.00"))).isEqualTo("2500");
        assertThat(JsNumbers.format(new BigDecimal("1E+21"))).isEqualTo("1e+21");
        assertThat(JsNumbers.format(new BigDecimal("0.10000000000000000555"))).isEqualTo("0.1");
    }

    @Test
    void shouldRejectNumbersThatJsonCannotCarry() {
        assertThatThrownBy(() -> JsNumbers.format(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> JsNumbers.format(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsNumbers.format(Double.NEGATIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldReadBackAsTheSameDoubleForRandomBitPatterns() {
        SplittableRandom random = new SplittableRandom(20261126);
        for (int i = 0; i < 100_000; i++) {
            double value = Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(value)) {
                String text = JsNumbers.format(value);
                assertThat(Double.parseDouble(text)).as(text).isEqualTo(value == 0 ? 0.0 : value);
            }
        }
    }

    @Test
    void shouldWriteTheFewestDigitsThatReadBack() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 20_000; i++) {
            // half of them subnormals, where Double.toString may take two digits where one reads back
            double value = i % 2 == 0
                    ? Double.MIN_VALUE * (1 + random.nextInt(5_000))
                    : Math.abs(Double.longBitsToDouble(random.nextLong()));
            if (Double.isFinite(value) && value != 0) {
                assertThat(significantDigits(JsNumbers.format(value)))
                        .as("digits of %s", JsNumbers.format(value)).isEqualTo(fewestDigitsThatReadBack(value));
            }
        }
    }

    private static int significantDigits(String javaScript) {
        int exponent = javaScript.indexOf('e');
        String mantissa = exponent < 0 ? javaScript : javaScript.substring(0, exponent);
        return new BigDecimal(mantissa).stripTrailingZeros().precision();
    }

    private static int fewestDigitsThatReadBack(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int digits = 1; ; digits++) {
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
                if (exact.round(new MathContext(digits, mode)).doubleValue() == value) {
                    return digits;
                }
            }
        }
    }
}
