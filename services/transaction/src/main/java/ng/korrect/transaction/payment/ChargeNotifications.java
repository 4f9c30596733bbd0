package ng.korrect.transaction.payment;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;
import ng.korrect.service.ApiException;
import ng.korrect.service.Transaction;
import ng.korrect.service.Transactions;
import ng.korrect.transaction.booking.BookingRepository;
import ng.korrect.transaction.booking.BookingStatus;

/**
 * The payment provider's charge notifications, once their signature is checked: a pending payment of the
 * reference is settled through the {@link PaymentLedger}; a notification already handled (same reference and
 * event) changes nothing; one that agrees with a payment already settled is recorded and changes nothing; a
 * charge that succeeds for a booking cancelled meanwhile is recorded and refunded at once, so that a cancelled
 * booking never stays paid. Each runs in one transaction.
 */
public final class ChargeNotifications {

    /** The provider events that settle a charge; others are acknowledged and ignored. */
    static final String SUCCESS = "charge.success";
    static final String FAILED = "charge.failed";
    private static final BigDecimal KOBO_PER_NAIRA = BigDecimal.valueOf(100);

    private final Transactions transactions;
    private final PaymentLedger ledger;
    private final Clock clock;
    private final PaymentRepository payments = new PaymentRepository();
    private final BookingRepository bookings = new BookingRepository();

    /** The notifications of the payments of that database, settled through that ledger. */
    public ChargeNotifications(Transactions transactions, PaymentLedger ledger, Clock clock) {
        this.transactions = transactions;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * What the notification did: {@code settled}, {@code settled_and_refunded}, {@code duplicate} or
     * {@code already_settled}.
     *
     * @throws ApiException 404 for an unknown reference, 400 for an amount that is not the payment's, 409 when the
     *         notification contradicts how the payment was settled
     */
    public String settle(Notification notification) {
        return transactions.inTransaction(tx -> {
            lockBookingOf(tx, notification.reference());
            Payment payment = payments.lockByReference(tx.connection(), notification.reference())
                    .orElseThrow(() -> ApiException.notFound("no payment with reference " + notification.reference()));
            if (!payments.recordDelivery(tx.connection(), notification.reference(), notification.event(),
                    clock.instant())) {
                return "duplicate";
            }
            if (payment.amount().multiply(KOBO_PER_NAIRA).compareTo(notification.amountInKobo()) != 0) {
                throw ApiException.badRequest("data.amount " + notification.amountInKobo().toPlainString()
                        + " kobo does not match the payment's " + payment.amount().toPlainString() + " naira");
            }
            return settle(tx, payment, notification);
        });
    }

    /**
     * Locks the booking a booking payment is for before the payment, in the order cancellation takes them,
     * so that a cancellation and a settlement of the same booking wait for each other instead of deadlocking.
     */
    private void lockBookingOf(Transaction tx, String reference) throws Exception {
        Optional<Payment> payment = payments.findByReference(tx.connection(), reference);
        if (payment.isPresent() && payment.get().bookingId() != null && payment.get().escrowId() == null) {
            bookings.lock(tx.connection(), payment.get().bookingId());
        }
    }

    private String settle(Transaction tx, Payment payment, Notification notification) throws Exception {
        PaymentStatus announced = notification.event().equals(SUCCESS) ? PaymentStatus.RECEIVED : PaymentStatus.FAILED;
        if (payment.status() == PaymentStatus.PENDING) {
            ledger.settle(tx, payment, announced == PaymentStatus.RECEIVED
                    ? new ChargeOutcome.Approved(notification.reference())
                    : new ChargeOutcome.Declined(notification.reference(), notification.failureReason()));
            if (announced == PaymentStatus.RECEIVED && bookingCancelled(tx, payment)) {
                ledger.refundAll(tx, payment.bookingId());
                return "settled_and_refunded";
            }
            return "settled";
        }
        if (payment.status() == announced
                || payment.status() == PaymentStatus.REFUNDED && announced == PaymentStatus.RECEIVED) {
            return "already_settled";
        }
        throw ApiException.conflict("payment " + payment.id() + " is already " + payment.status().wireName()
                + ", the provider says " + notification.event());
    }

    private boolean bookingCancelled(Transaction tx, Payment payment) throws Exception {
        return payment.bookingId() != null && payment.escrowId() == null && bookings.find(tx.connection(),
                payment.bookingId()).map(booking -> booking.status() == BookingStatus.CANCELLED).orElse(false);
    }

    /**
     * The fields of a charge notification that matter here.
     *
     * @param event {@value #SUCCESS} or {@value #FAILED}
     * @param reference the payment's reference
     * @param amountInKobo the amount charged, in kobo
     * @param failureReason what the provider said of a failed charge
     */
    public record Notification(String event, String reference, BigDecimal amountInKobo, String failureReason) {

        /**
         * The notification of that event with that {@code data} object.
         *
         * @throws ApiException 400 when {@code data} lacks the reference or a whole amount
         */
        public static Notification of(String event, JsonNode data) {
            if (!data.path("reference").isTextual() || data.path("reference").textValue().isBlank()
                    || !data.path("amount").isIntegralNumber()) {
                throw ApiException.badRequest("a charge notification needs data.reference and data.amount (kobo, whole)");
            }
            String reason = data.path("gateway_response").isTextual() ? data.path("gateway_response").textValue()
                    : "the provider reported charge.failed";
            return new Notification(event, data.path("reference").textValue(), data.path("amount").decimalValue(), reason);
        }
    }
}
