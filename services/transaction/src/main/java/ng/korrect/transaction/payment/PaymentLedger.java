package ng.korrect.transaction.payment;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import ng.korrect.catalog.payload.PaymentFailed;
import ng.korrect.catalog.payload.PaymentReceived;
import ng.korrect.service.Transaction;
import ng.korrect.transaction.booking.BookingPayments;
import ng.korrect.transaction.support.Ids;

/**
 * Charges through the gateway and records the outcome with its event, in the caller's transaction:
 * received → {@code payment.received} (and the escrow credited), declined → {@code payment.failed},
 * pending → nothing yet, until the webhook settles it. Refunds a cancelled booking's payments through the
 * gateway. Thread-safe.
 */
public final class PaymentLedger implements BookingPayments {

    private final PaymentGateway gateway;
    private final EscrowCredit escrowCredit;
    private final Clock clock;
    private final PaymentRepository payments = new PaymentRepository();

    /** A ledger charging through that gateway and crediting escrows through that credit. */
    public PaymentLedger(PaymentGateway gateway, EscrowCredit escrowCredit, Clock clock) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.escrowCredit = Objects.requireNonNull(escrowCredit, "escrowCredit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Records the payment, charges it and records the outcome. The caller holds the lock of what is paid
     * for, so that two charges for the same thing are made one after the other.
     */
    public Payment charge(Transaction tx, PaymentIntent intent) throws Exception {
        Payment pending = new Payment(Ids.next(), intent.customerId(), intent.bookingId(), intent.escrowId(),
                intent.contractId(), intent.amount(), PaymentStatus.PENDING, null, null, clock.instant());
        payments.insert(tx.connection(), pending);
        ChargeOutcome outcome = gateway.charge(new Charge(pending.id(), pending.customerId(), pending.amount(),
                intent.simulation()));
        return settle(tx, pending, outcome);
    }

    /** Records the outcome of a pending payment's charge and publishes its event; returns the payment after it. */
    public Payment settle(Transaction tx, Payment payment, ChargeOutcome outcome) throws Exception {
        return switch (outcome) {
            case ChargeOutcome.Approved approved -> {
                record(tx, payment, approved.reference(), PaymentStatus.RECEIVED, null);
                tx.publish(new PaymentReceived(payment.id(), payment.eventBookingId(), payment.customerId(),
                        payment.amount(), approved.reference()));
                if (payment.escrowId() != null) {
                    escrowCredit.credit(tx, payment.escrowId(), payment.amount());
                }
                yield reread(tx, payment);
            }
            case ChargeOutcome.Declined declined -> {
                record(tx, payment, declined.reference(), PaymentStatus.FAILED, declined.reason());
                tx.publish(new PaymentFailed(payment.eventBookingId(), payment.customerId(), payment.amount(),
                        declined.reason()));
                yield reread(tx, payment);
            }
            case ChargeOutcome.Pending pending -> {
                record(tx, payment, pending.reference(), PaymentStatus.PENDING, null);
                yield reread(tx, payment);
            }
        };
    }

    @Override
    public Optional<BigDecimal> received(Transaction tx, String bookingId) throws Exception {
        return payments.receivedForBooking(tx.connection(), bookingId).stream().map(Payment::amount)
                .reduce(BigDecimal::add);
    }

    @Override
    public BigDecimal refundAll(Transaction tx, String bookingId) throws Exception {
        BigDecimal refunded = BigDecimal.ZERO.setScale(2);
        for (Payment payment : payments.receivedForBooking(tx.connection(), bookingId)) {
            // marked first, conditionally: a payment is refunded once even if two refunds race past the booking lock
            if (payments.markRefunded(tx.connection(), payment.id(), clock.instant())) {
                String reference = gateway.refund(payment.reference(), payment.amount());
                payments.recordRefundReference(tx.connection(), payment.id(), reference);
                refunded = refunded.add(payment.amount());
            }
        }
        return refunded;
    }

    private void record(Transaction tx, Payment payment, String reference, PaymentStatus status, String reason)
            throws Exception {
        payments.settle(tx.connection(), payment.id(), reference, status, reason, clock.instant());
    }

    private Payment reread(Transaction tx, Payment payment) throws Exception {
        return payments.find(tx.connection(), payment.id()).orElseThrow();
    }
}
