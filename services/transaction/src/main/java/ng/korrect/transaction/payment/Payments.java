package ng.korrect.transaction.payment;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import ng.korrect.catalog.payload.Role;
import ng.korrect.service.ApiException;
import ng.korrect.service.Caller;
import ng.korrect.service.Transactions;
import ng.korrect.transaction.booking.Booking;
import ng.korrect.transaction.booking.BookingRepository;
import ng.korrect.transaction.booking.BookingStatus;

/**
 * The direct payments' use cases: a customer pays for their booking its quoted price, once; the payer or an
 * admin reads a payment. Charging goes through the {@link PaymentLedger}; a refused one throws the
 * {@link ApiException} that names why.
 */
public final class Payments {

    private final Transactions transactions;
    private final PaymentLedger ledger;
    private final PaymentRepository payments = new PaymentRepository();
    private final BookingRepository bookings = new BookingRepository();

    /** The payments of that database, charged through that ledger. */
    public Payments(Transactions transactions, PaymentLedger ledger) {
        this.transactions = transactions;
        this.ledger = ledger;
    }

    /** The booking's customer pays its quoted price, with the booking locked; the payment, whatever its outcome. */
    public Payment payForBooking(Caller customer, String bookingId, BigDecimal amount, Optional<Simulation> simulation) {
        return transactions.inTransaction(tx -> {
            Booking booking = bookings.lock(tx.connection(), bookingId)
                    .orElseThrow(() -> ApiException.notFound("no booking " + bookingId));
            if (!booking.customerId().equals(customer.userId())) {
                throw ApiException.forbidden("only the booking's customer may pay for it");
            }
            if (booking.status() == BookingStatus.CANCELLED) {
                throw ApiException.conflict("booking " + bookingId + " is cancelled");
            }
            if (booking.status() == BookingStatus.CONFIRMED) {
                throw ApiException.conflict("booking " + bookingId + " is confirmed");
            }
            if (payments.bookingPaidOrPending(tx.connection(), bookingId)) {
                throw ApiException.conflict("booking " + bookingId + " is already paid or has a payment pending");
            }
            checkPrice(booking, amount);
            return ledger.charge(tx, PaymentIntent.forBooking(customer.userId(), bookingId, amount, simulation));
        });
    }

    /** The payment, for its payer or an admin. */
    public Payment read(Caller caller, String id) {
        Payment payment = transactions.inTransaction(tx -> payments.find(tx.connection(), id))
                .orElseThrow(() -> ApiException.notFound("no payment " + id));
        if (!caller.isSelfOrAdmin(payment.customerId())) {
            throw ApiException.forbidden("only the payer or an admin may read a payment");
        }
        return payment;
    }

    /** A booking is paid its quoted price, exactly: the money is the evidence behind its confirmation. */
    private static void checkPrice(Booking booking, BigDecimal amount) {
        if (booking.quotedPrice() == null) {
            throw ApiException.conflict("booking " + booking.id() + " has no quoted price and cannot be paid; "
                    + "book again with a quotedPrice");
        }
        if (booking.quotedPrice().compareTo(amount) != 0) {
            throw new ApiException(409, "amount_mismatch", "amount must be the booking's quoted price, "
                    + booking.quotedPrice().toPlainString(), Map.of("field", "amount",
                    "expectedAmount", booking.quotedPrice().toPlainString()));
        }
    }
}
