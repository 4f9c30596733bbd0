package ng.korrect.transaction.escrow;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Objects;
import ng.korrect.catalog.payload.EscrowFunded;
import ng.korrect.catalog.payload.EscrowRefunded;
import ng.korrect.catalog.payload.EscrowReleased;
import ng.korrect.service.ApiException;
import ng.korrect.service.Transaction;
import ng.korrect.transaction.payment.EscrowCredit;
import ng.korrect.transaction.payment.PaymentRepository;

/**
 * Every movement of an escrow's money, each under the escrow row's lock and with its event in the same
 * transaction: funding (with {@code escrow.funded} once, when the total is reached), releasing a
 * milestone once, refunding what is held, and the split a dispute decides. Thread-safe.
 */
public final class EscrowLedger implements EscrowCredit {

    private final Clock clock;
    private final EscrowRepository escrows = new EscrowRepository();
    private final ContractRepository contracts = new ContractRepository();
    private final PaymentRepository payments = new PaymentRepository();

    /** A ledger that dates movements with that clock. */
    public EscrowLedger(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The escrow, locked; 404 when there is none. */
    public Escrow lock(Transaction tx, String escrowId) throws Exception {
        return escrows.lock(tx.connection(), escrowId).orElseThrow(() -> ApiException.notFound("no escrow " + escrowId));
    }

    @Override
    public void credit(Transaction tx, String escrowId, BigDecimal amount) throws Exception {
        Escrow escrow = lock(tx, escrowId);
        EscrowBalance balance = escrow.balance().afterFunding(amount);
        escrows.update(tx.connection(), escrowId, balance, escrow.status());
        if (balance.fullyFunded() && escrows.markFunded(tx.connection(), escrowId, clock.instant())) {
            tx.publish(new EscrowFunded(escrowId, escrow.contractId(), escrow.customerId(), escrow.artisanId(),
                    balance.total()));
        }
    }

    /** Checks that the locked escrow may take that payment: open for funding, and not beyond its total. */
    public void checkFundable(Transaction tx, Escrow escrow, BigDecimal amount) throws Exception {
        if (escrow.status() != EscrowStatus.AWAITING_FUNDING) {
            throw ApiException.conflict("escrow " + escrow.id() + " is " + escrow.status().wireName()
                    + " and takes no more payments");
        }
        BigDecimal pending = payments.pendingTowards(tx.connection(), escrow.id());
        if (!escrow.balance().accepts(amount, pending)) {
            throw ApiException.conflict("escrow " + escrow.id() + " would be over-funded: at most "
                    + escrow.balance().stillToFund().subtract(pending).toPlainString() + " more may be paid in");
        }
    }

    /** Releases the milestone of the locked escrow to the artisan, once; returns its amount. */
    public BigDecimal release(Transaction tx, Escrow escrow, int number) throws Exception {
        if (escrow.status() != EscrowStatus.FUNDED) {
            throw ApiException.conflict("escrow " + escrow.id() + " is " + escrow.status().wireName()
                    + "; milestones are released only from a funded escrow");
        }
        if (escrows.hasOpenDispute(tx.connection(), escrow.id())) {
            throw ApiException.conflict("escrow " + escrow.id() + " has an open dispute; releases wait for its resolution");
        }
        Milestone milestone = contracts.milestone(tx.connection(), escrow.contractId(), number)
                .orElseThrow(() -> ApiException.notFound("contract " + escrow.contractId() + " has no milestone " + number));
        if (!contracts.markReleased(tx.connection(), escrow.contractId(), number, clock.instant())) {
            throw ApiException.conflict("milestone " + number + " is already released");
        }
        EscrowBalance balance = escrow.balance().afterRelease(milestone.amount());
        escrows.update(tx.connection(), escrow.id(), balance, statusAfterPayout(balance));
        tx.publish(new EscrowReleased(escrow.id(), escrow.contractId(), number, milestone.amount(), escrow.artisanId()));
        return milestone.amount();
    }

    /** Refunds all that the locked escrow holds to the customer and closes it; returns the amount. */
    public BigDecimal refund(Transaction tx, Escrow escrow, String refundedBy, String reason) throws Exception {
        BigDecimal held = escrow.balance().held();
        if (escrow.status() == EscrowStatus.CLOSED || held.signum() == 0) {
            throw ApiException.conflict("escrow " + escrow.id() + " holds nothing to refund");
        }
        if (payments.pendingTowards(tx.connection(), escrow.id()).signum() > 0) {
            throw ApiException.conflict("escrow " + escrow.id() + " has payments pending; refund once they are settled");
        }
        if (escrows.hasOpenDispute(tx.connection(), escrow.id())) {
            throw ApiException.conflict("escrow " + escrow.id() + " has an open dispute; its resolution moves the money");
        }
        escrows.update(tx.connection(), escrow.id(), escrow.balance().afterRefund(held), EscrowStatus.CLOSED);
        escrows.recordRefund(tx.connection(), escrow.id(), refundedBy, reason);
        tx.publish(new EscrowRefunded(escrow.id(), escrow.contractId(), escrow.customerId(), held, reason));
        return held;
    }

    /** Pays what the locked escrow holds out as a dispute decided, and closes it. */
    public void split(Transaction tx, Escrow escrow, BigDecimal customerRefund, BigDecimal artisanPayment)
            throws Exception {
        EscrowBalance balance = escrow.balance();
        if (customerRefund.signum() > 0) {
            balance = balance.afterRefund(customerRefund);
        }
        if (artisanPayment.signum() > 0) {
            balance = balance.afterRelease(artisanPayment);
        }
        escrows.update(tx.connection(), escrow.id(), balance, EscrowStatus.CLOSED);
    }

    private static EscrowStatus statusAfterPayout(EscrowBalance balance) {
        return balance.held().signum() == 0 ? EscrowStatus.CLOSED : EscrowStatus.FUNDED;
    }
}
