package ng.korrect.catalog.internal;

import java.math.BigDecimal;

/**
 * Formats numbers exactly as JavaScript's {@code Number.prototype.toString} does, which is what
 * {@code JSON.stringify} writes: the shortest digits that read back as the same double (which
 * {@link Double#toString} also finds since JDK 19), laid out by ECMAScript's rules.
 */
public final class JsNumbers {

    private static final double MAX_SAFE_INTEGER = 9007199254740991d;

    private JsNumbers() {
    }

    /** The JavaScript text of a finite double. */
    public static String format(double value) {
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
    public static String format(BigDecimal value) {
        return format(value.doubleValue());
    }

    private static String formatPositive(double value) {
        BigDecimal shortest = new BigDecimal(Double.toString(value)).stripTrailingZeros();
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
}
