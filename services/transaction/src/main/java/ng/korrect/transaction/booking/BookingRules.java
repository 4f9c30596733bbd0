package ng.korrect.transaction.booking;

import java.math.BigDecimal;

/**
 * The limits that keep bookings, and the figures built from them, honest. The reasons are in the service's
 * README (section "Trust rules").
 */
public final class BookingRules {

    /** The lowest quoted price a booking may have, in naira: a job for less is no evidence of work. */
    public static final BigDecimal MIN_QUOTED_PRICE = new BigDecimal("100.00");
    /** The most open bookings (pending, nothing paid or being paid) one customer may hold with one artisan. */
    public static final int MAX_OPEN_PER_ARTISAN = 3;
    /** The most open bookings one customer may hold in all. */
    public static final int MAX_OPEN_PER_CUSTOMER = 10;

    private BookingRules() {
    }
}
