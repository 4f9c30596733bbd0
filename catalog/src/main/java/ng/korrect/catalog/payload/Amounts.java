package ng.korrect.catalog.payload;

import java.math.BigDecimal;

/** Normalises amounts to the value a JavaScript number holds, written without trailing zeros. */
final class Amounts {

    private Amounts() {
    }

    /**
     * The amount as the nearest double reads back, so that an amount equals itself after a trip over
     * the wire. Values that are not finite as a double are kept as they are, for the codec to reject.
     */
    static BigDecimal normalize(BigDecimal amount) {
        double asDouble = amount.doubleValue();
        if (!Double.isFinite(asDouble)) {
            return amount;
        }
        BigDecimal normalized = BigDecimal.valueOf(asDouble).stripTrailingZeros();
        return normalized.scale() < 0 ? normalized.setScale(0) : normalized;
    }
}
