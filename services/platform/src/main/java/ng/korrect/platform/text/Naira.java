package ng.korrect.platform.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Amounts of money as Nigerians read them: {@code ₦250,000.00}. Pure. */
public final class Naira {

    private static final String SIGN = "\u20A6";

    private Naira() {
    }

    /** The amount with the naira sign, thousands separators and two decimals (kobo), rounded half-up. */
    public static String format(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        String digits = format.format(amount.abs());
        return (amount.signum() < 0 ? "-" : "") + SIGN + digits;
    }
}
