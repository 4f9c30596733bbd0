package ng.korrect.transaction.payment;

import java.math.BigDecimal;
import ng.korrect.service.Transaction;

/** Where a payment received towards an escrow is credited (the escrow's ledger implements it). */
@FunctionalInterface
public interface EscrowCredit {

    /** Adds the amount to the escrow's funded total, in the payment's transaction. */
    void credit(Transaction transaction, String escrowId, BigDecimal amount) throws Exception;
}
