package ng.korrect.transaction.dispute;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import ng.korrect.catalog.payload.DisputeOpened;
import ng.korrect.catalog.payload.DisputeResolved;
import ng.korrect.catalog.payload.Role;
import ng.korrect.service.ApiException;
import ng.korrect.service.Caller;
import ng.korrect.service.FieldProblem;
import ng.korrect.service.RequestBody;
import ng.korrect.service.Routes;
import ng.korrect.service.ServiceContext;
import ng.korrect.service.Transaction;
import ng.korrect.transaction.escrow.Escrow;
import ng.korrect.transaction.escrow.EscrowLedger;
import ng.korrect.transaction.escrow.EscrowRepository;
import ng.korrect.transaction.escrow.EscrowStatus;
import ng.korrect.transaction.support.Bodies;
import ng.korrect.transaction.support.Ids;

/**
 * {@code /api/v1/disputes}: the contract's customer or artisan opens a dispute on a funded escrow; an
 * admin resolves it with a split of what is held; its parties or an admin read it.
 */
public final class DisputeRoutes implements Routes {

    private final ServiceContext context;
    private final EscrowLedger ledger;
    private final Duration escalationAfter;
    private final DisputeRepository disputes = new DisputeRepository();
    private final EscrowRepository escrows = new EscrowRepository();

    /** The routes, working with these parts. */
    public DisputeRoutes(ServiceContext context, EscrowLedger ledger, Duration escalationAfter) {
        this.context = context;
        this.ledger = ledger;
        this.escalationAfter = escalationAfter;
    }

    @Override
    public void install(Javalin app) {
        app.post("/api/v1/disputes", this::open);
        app.get("/api/v1/disputes/{id}", this::read);
        app.post("/api/v1/disputes/{id}/resolve", this::resolve);
    }

    private void open(Context ctx) {
        Caller caller = context.auth().require(ctx, Role.CUSTOMER, Role.ARTISAN);
        RequestBody body = RequestBody.parse(ctx.body());
        String escrowId = body.requiredText("escrowId", 36);
        String category = body.requiredLine("category", 50);
        String reason = body.requiredText("reason", 2000);
        body.validate();
        Dispute opened = context.transactions().inTransaction(tx -> {
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
                    Dispute.OPEN, context.clock().instant(), null, null, null, null);
            disputes.insert(tx.connection(), dispute);
            tx.publish(new DisputeOpened(dispute.id(), escrow.contractId(), escrowId, escrow.customerId(),
                    escrow.artisanId(), category, reason));
            return dispute;
        });
        ctx.status(201).json(opened.toJson(escalationAfter));
    }

    private void read(Context ctx) {
        Caller caller = context.auth().require(ctx);
        String id = ctx.pathParam("id");
        ctx.json(context.transactions().inTransaction(tx -> {
            Dispute dispute = disputes.find(tx.connection(), id).orElseThrow(() -> ApiException.notFound("no dispute " + id));
            Escrow escrow = escrows.find(tx.connection(), dispute.escrowId()).orElseThrow();
            if (caller.role() != Role.ADMIN && !escrow.isParty(caller)) {
                throw ApiException.forbidden("only the contract's customer, its artisan or an admin may read a dispute");
            }
            return dispute.toJson(escalationAfter);
        }));
    }

    private void resolve(Context ctx) {
        Caller admin = context.auth().require(ctx, Role.ADMIN);
        RequestBody body = RequestBody.parse(ctx.body());
        String decision = body.requiredText("decision", 2000);
        BigDecimal customerRefund = Bodies.amountOrZero(body, ctx.body(), "customerRefund");
        BigDecimal artisanPayment = Bodies.amountOrZero(body, ctx.body(), "artisanPayment");
        body.validate();
        String id = ctx.pathParam("id");
        Dispute resolved = context.transactions().inTransaction(tx -> {
            Dispute dispute = disputes.lock(tx.connection(), id).orElseThrow(() -> ApiException.notFound("no dispute " + id));
            if (!Dispute.OPEN.equals(dispute.status())) {
                throw ApiException.conflict("dispute " + id + " is already " + dispute.status());
            }
            Escrow escrow = ledger.lock(tx, dispute.escrowId());
            checkSplit(escrow, customerRefund, artisanPayment);
            ledger.split(tx, escrow, customerRefund, artisanPayment);
            disputes.resolve(tx.connection(), id, admin.userId(), decision, customerRefund, artisanPayment,
                    context.clock().instant());
            publishResolved(tx, dispute, decision, customerRefund, artisanPayment);
            return disputes.find(tx.connection(), id).orElseThrow();
        });
        ctx.json(resolved.toJson(escalationAfter));
    }

    private static void checkSplit(Escrow escrow, BigDecimal customerRefund, BigDecimal artisanPayment) {
        if (!escrow.balance().splitsHeld(customerRefund, artisanPayment)) {
            String reason = "customerRefund + artisanPayment must equal the " + escrow.balance().held().toPlainString()
                    + " held, was " + customerRefund.add(artisanPayment).toPlainString();
            throw ApiException.validation(List.of(new FieldProblem("customerRefund", reason),
                    new FieldProblem("artisanPayment", reason)));
        }
    }

    private static void publishResolved(Transaction tx, Dispute dispute, String decision, BigDecimal customerRefund,
                                        BigDecimal artisanPayment) {
        tx.publish(new DisputeResolved(dispute.id(), dispute.contractId(), decision, Optional.of(customerRefund),
                Optional.of(artisanPayment)));
    }
}
