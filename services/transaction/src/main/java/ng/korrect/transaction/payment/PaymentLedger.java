package ng.korrect.transaction.payment;

import java.time.Clock;
import java.util.Objects;
import ng.korrect.catalog.payload.PaymentFailed;
import ng.korrect.catalog.payload.PaymentReceived;
import ng.korrect.service.Transaction;
import ng.korrect.transaction.support.Ids;

/**
 * Charges through the gateway and records the outcome with its event, in the caller's transaction:
 * received → {@code payment.received} (and the escrow credited), declined → {@code payment.failed},
 * pending → nothing yet, until the webhook settles it. Thread-safe.
 */
public final class PaymentLedger {

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

    private void record(Transaction tx, Payment payment, String reference, PaymentStatus status, String reason)
            throws Exception {
        payments.settle(tx.connection(), payment.id(), reference, status, reason, clock.instant());
    }

    private Payment reread(Transaction tx, Payment payment) throws Exception {
        return payments.find(tx.connection(), payment.id()).orElseThrow();
    }
}
