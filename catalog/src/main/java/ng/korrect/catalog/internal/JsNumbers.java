package ng.korrect.catalog.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats numbers exactly as JavaScript's {@code Number.prototype.toString} does, which is what
 * {@code JSON.stringify} writes: the shortest digits that read back as the same double (which
 * {@link Double#toString} also finds since JDK 19, but for a few subnormals), laid out by ECMAScript's
 * rules.
 */
final class JsNumbers {

    private static final double MAX_SAFE_INTEGER = 9007199254740991d;

    private JsNumbers() {
    }

    /** The JavaScript text of a finite double. */
    static String format(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        if (value == 0) {
            return "0";
        }
        if (value == Math.rint(value) && Math.abs(value) <= MAX_SAFE_INTEGER) {
            return Long.toString((long) value);
        }
        return value < 0 ? "-" + formatPositive(-value) : formatPositive(value);
    }

    /** The JavaScript text of an amount, which travels as a double. */
    static String format(BigDecimal value) {
        return format(value.doubleValue());
    }

    private static String formatPositive(double value) {
        BigDecimal shortest = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        if (shortest.precision() == 2 && value < Double.MIN_NORMAL) {
            shortest = oneDigitIfReadsBack(value, shortest);
        }
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale(); // value = 0.digits × 10^n
        if (k <= n && n <= 21) {
            return digits + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return digits.substring(0, n) + "." + digits.substring(n);
        }
        if (-6 < n && n <= 0) {
            return "0." + "0".repeat(-n) + digits;
        }
        int exponent = n - 1;
        String mantissa = k == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return mantissa + "e" + (exponent >= 0 ? "+" : "-") + Math.abs(exponent);
    }

    /**
     * Where one digit reads back as the value, {@link Double#toString} still prefers two when they are
     * closer (4.9E-324 for {@link Double#MIN_VALUE}); JavaScript takes the fewest digits (5e-324). That
     * needs a double so imprecise that only subnormals can be one. Of the one-digit decimals on either
     * side of the value, this takes the one that reads back, the closer if both do, the even on a tie.
     */
    private static BigDecimal oneDigitIfReadsBack(double value, BigDecimal twoDigits) {
        BigDecimal exact = new BigDecimal(value);
        BigDecimal below = exact.round(new MathContext(1, RoundingMode.FLOOR));
        BigDecimal above = exact.round(new MathContext(1, RoundingMode.CEILING));
        boolean belowReadsBack = below.doubleValue() == value;
        boolean aboveReadsBack = above.doubleValue() == value;
        if (belowReadsBack && aboveReadsBack) {
            int closer = exact.subtract(below).compareTo(above.subtract(exact));
            boolean belowIsEven = !below.unscaledValue().testBit(0);
            return (closer < 0 || closer == 0 && belowIsEven ? below : above).stripTrailingZeros();
        }
        if (belowReadsBack) {
            return below.stripTrailingZeros();
        }
        return aboveReadsBack ? above.stripTrailingZeros() : twoDigits;
    }
}
