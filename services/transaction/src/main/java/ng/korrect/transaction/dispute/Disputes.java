package ng.korrect.transaction.dispute;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import ng.korrect.catalog.payload.DisputeOpened;
import ng.korrect.catalog.payload.DisputeResolved;
import ng.korrect.catalog.payload.Role;
import ng.korrect.service.ApiException;
import ng.korrect.service.Caller;
import ng.korrect.service.FieldProblem;
import ng.korrect.service.Transactions;
import ng.korrect.transaction.escrow.Escrow;
import ng.korrect.transaction.escrow.EscrowLedger;
import ng.korrect.transaction.escrow.EscrowRepository;
import ng.korrect.transaction.escrow.EscrowStatus;
import ng.korrect.transaction.support.Ids;

/**
 * The disputes' use cases: a party of a funded escrow opens one, a party or an admin reads it, an admin
 * resolves it with a split of what the escrow holds (through the {@link EscrowLedger}). Each runs in one
 * transaction and publishes its event in it; a refused one throws the {@link ApiException} that names why.
 * Escalation, the job, is {@link DisputeEscalation}.
 */
public final class Disputes {

    private final Transactions transactions;
    private final EscrowLedger ledger;
    private final Clock clock;
    private final DisputeRepository disputes = new DisputeRepository();
    private final EscrowRepository escrows = new EscrowRepository();

    /** The disputes of that database, settled through that ledger. */
    public Disputes(Transactions transactions, EscrowLedger ledger, Clock clock) {
        this.transactions = transactions;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** A party of the escrow opens a dispute on it while it is funded and has no other open dispute. */
    public Dispute open(Caller caller, String escrowId, String category, String reason) {
        return transactions.inTransaction(tx -> {
            Escrow escrow = ledger.lock(tx, escrowId);
            if (!escrow.isParty(caller)) {
                throw ApiException.forbidden("only the contract's customer or its artisan may open a dispute");
            }
            if (escrow.status() != EscrowStatus.FUNDED) {
                throw ApiException.conflict("escrow " + escrowId + " is " + escrow.status().wireName()
                        + "; disputes are opened on a funded escrow");
            }
            if (escrows.hasOpenDispute(tx.connection(), escrowId)) {
                throw ApiException.conflict("escrow " + escrowId + " already has an open dispute");
            }
            Dispute dispute = new Dispute(Ids.next(), escrowId, escrow.contractId(), caller.userId(), category, reason,
                    Dispute.OPEN, clock.instant(), null, null, null, null);
            disputes.insert(tx.connection(), dispute);
            tx.publish(new DisputeOpened(dispute.id(), escrow.contractId(), escrowId, escrow.customerId(),
                    escrow.artisanId(), category, reason));
            return dispute;
        });
    }

    /** The dispute, for a party of its escrow or an admin. */
    public Dispute read(Caller caller, String id) {
        return transactions.inTransaction(tx -> {
            Dispute dispute = disputes.find(tx.connection(), id).orElseThrow(() -> ApiException.notFound("no dispute " + id));
            Escrow escrow = escrows.find(tx.connection(), dispute.escrowId()).orElseThrow();
            if (caller.role() != Role.ADMIN && !escrow.isParty(caller)) {
                throw ApiException.forbidden("only the contract's customer, its artisan or an admin may read a dispute");
            }
            return dispute;
        });
    }

    /**
     * An admin resolves an open dispute: what the escrow holds goes, split so, to the customer and the artisan.
     *
     * @throws ApiException 400 naming both amounts when they do not add up to what is held
     */
    public Dispute resolve(Caller admin, String id, String decision, BigDecimal customerRefund,
                           BigDecimal artisanPayment) {
        return transactions.inTransaction(tx -> {
            Dispute dispute = disputes.lock(tx.connection(), id).orElseThrow(() -> ApiException.notFound("no dispute " + id));
            if (!Dispute.OPEN.equals(dispute.status())) {
                throw ApiException.conflict("dispute " + id + " is already " + dispute.status());
            }
            Escrow escrow = ledger.lock(tx, dispute.escrowId());
            checkSplit(escrow, customerRefund, artisanPayment);
            ledger.split(tx, escrow, customerRefund, artisanPayment);
            disputes.resolve(tx.connection(), id, admin.userId(), decision, customerRefund, artisanPayment,
                    clock.instant());
            tx.publish(new DisputeResolved(dispute.id(), dispute.contractId(), decision, Optional.of(customerRefund),
                    Optional.of(artisanPayment)));
            return disputes.find(tx.connection(), id).orElseThrow();
        });
    }

    private static void checkSplit(Escrow escrow, BigDecimal customerRefund, BigDecimal artisanPayment) {
        if (!escrow.balance().splitsHeld(customerRefund, artisanPayment)) {
            String reason = "customerRefund + artisanPayment must equal the " + escrow.balance().held().toPlainString()
                    + " held, was " + customerRefund.add(artisanPayment).toPlainString();
            throw ApiException.validation(List.of(new FieldProblem("customerRefund", reason),
                    new FieldProblem("artisanPayment", reason)));
        }
    }
}
