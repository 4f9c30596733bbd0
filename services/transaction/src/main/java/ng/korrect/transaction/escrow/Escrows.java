package ng.korrect.transaction.escrow;

import java.math.BigDecimal;
import java.util.Optional;
import ng.korrect.catalog.payload.Role;
import ng.korrect.service.ApiException;
import ng.korrect.service.Caller;
import ng.korrect.service.Transactions;
import ng.korrect.transaction.payment.Payment;
import ng.korrect.transaction.payment.PaymentIntent;
import ng.korrect.transaction.payment.PaymentLedger;
import ng.korrect.transaction.payment.Simulation;

/**
 * The escrows' use cases: who may read, fund, release a milestone of or refund an escrow, each in one
 * transaction with the escrow locked; the money moves through the {@link EscrowLedger} (and, for funding, the
 * {@link PaymentLedger}), which publishes the events. A refused one throws the {@link ApiException} that names why.
 */
public final class Escrows {

    private final Transactions transactions;
    private final EscrowLedger ledger;
    private final PaymentLedger payments;
    private final EscrowRepository escrows = new EscrowRepository();
    private final ContractRepository contracts = new ContractRepository();

    /** The escrows of that database, moving money through those ledgers. */
    public Escrows(Transactions transactions, EscrowLedger ledger, PaymentLedger payments) {
        this.transactions = transactions;
        this.ledger = ledger;
        this.payments = payments;
    }

    /**
     * What a use case did, and the escrow after it.
     *
     * @param amount the amount released or refunded
     * @param escrow the escrow after it
     */
    public record Movement(BigDecimal amount, Escrow escrow) {
    }

    /**
     * A customer's payment into the escrow, and the escrow after it.
     *
     * @param payment the payment, received, pending or declined
     * @param escrow the escrow after it
     */
    public record Funding(Payment payment, Escrow escrow) {
    }

    /** The escrow, for a party of its contract or an admin. */
    public Escrow read(Caller caller, String id) {
        Escrow escrow = transactions.inTransaction(tx -> escrows.find(tx.connection(), id))
                .orElseThrow(() -> ApiException.notFound("no escrow " + id));
        if (caller.role() != Role.ADMIN && !escrow.isParty(caller)) {
            throw ApiException.forbidden("only the contract's customer, its artisan or an admin may read its escrow");
        }
        return escrow;
    }

    /** The contract's customer pays that amount into the escrow, up to what it still awaits. */
    public Funding fund(Caller customer, String id, BigDecimal amount, Optional<Simulation> simulation) {
        return transactions.inTransaction(tx -> {
            Escrow escrow = ledger.lock(tx, id);
            if (!escrow.isCustomer(customer)) {
                throw ApiException.forbidden("only the contract's customer may fund its escrow");
            }
            ledger.checkFundable(tx, escrow, amount);
            String bookingId = contracts.find(tx.connection(), escrow.contractId()).orElseThrow().bookingId();
            Payment made = payments.charge(tx, PaymentIntent.forEscrow(customer.userId(), escrow.id(),
                    escrow.contractId(), bookingId, amount, simulation));
            return new Funding(made, escrows.find(tx.connection(), id).orElseThrow());
        });
    }

    /** The customer or an admin releases the milestone of that number to the artisan. */
    public Movement release(Caller caller, String id, int number) {
        return transactions.inTransaction(tx -> {
            Escrow escrow = ledger.lock(tx, id);
            if (caller.role() != Role.ADMIN && !escrow.isCustomer(caller)) {
                throw ApiException.forbidden("only the contract's customer or an admin may release a milestone");
            }
            BigDecimal amount = ledger.release(tx, escrow, number);
            return new Movement(amount, escrows.find(tx.connection(), id).orElseThrow());
        });
    }

    /** An admin, or the customer before the escrow is fully funded, refunds what it holds to the customer. */
    public Movement refund(Caller caller, String id, String reason) {
        return transactions.inTransaction(tx -> {
            Escrow escrow = ledger.lock(tx, id);
            if (caller.role() != Role.ADMIN) {
                if (!escrow.isCustomer(caller)) {
                    throw ApiException.forbidden("only the contract's customer or an admin may refund its escrow");
                }
                if (escrow.status() != EscrowStatus.AWAITING_FUNDING) {
                    throw ApiException.forbidden("once an escrow is fully funded only an admin may refund it");
                }
            }
            BigDecimal amount = ledger.refund(tx, escrow, caller.userId(), reason);
            return new Movement(amount, escrows.find(tx.connection(), id).orElseThrow());
        });
    }
}
