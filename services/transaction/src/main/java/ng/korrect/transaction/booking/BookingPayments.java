package ng.korrect.transaction.booking;

import java.math.BigDecimal;
import java.util.Optional;
import ng.korrect.service.Transaction;

/**
 * What a booking's transitions need of its payments (the payment ledger implements it): confirming needs
 * the money received, cancelling gives it back.
 */
public interface BookingPayments {

    /** The amount received for the booking by its direct payment, if one was received (and not refunded). */
    Optional<BigDecimal> received(Transaction tx, String bookingId) throws Exception;

    /**
     * Refunds through the gateway every payment received for the booking and not refunded yet, each once;
     * returns the total refunded (zero when none). The caller holds the booking's lock.
     */
    BigDecimal refundAll(Transaction tx, String bookingId) throws Exception;
}
