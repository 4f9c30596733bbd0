package ng.korrect.transaction.escrow;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import ng.korrect.catalog.payload.Role;
import ng.korrect.service.ApiException;
import ng.korrect.service.Caller;
import ng.korrect.service.RequestBody;
import ng.korrect.service.Routes;
import ng.korrect.service.ServiceContext;
import ng.korrect.transaction.payment.Payment;
import ng.korrect.transaction.payment.PaymentAnswers;
import ng.korrect.transaction.payment.PaymentIntent;
import ng.korrect.transaction.payment.PaymentLedger;
import ng.korrect.transaction.payment.Simulation;

/**
 * {@code /api/v1/escrow}: the contract's customer funds the escrow in one or more payments; the customer
 * or an admin releases a milestone; an admin (or the customer, before it is fully funded) refunds what is
 * held; its parties or an admin read it.
 */
public final class EscrowRoutes implements Routes {

    private final ServiceContext context;
    private final EscrowLedger ledger;
    private final PaymentLedger payments;
    private final EscrowRepository escrows = new EscrowRepository();
    private final ContractRepository contracts = new ContractRepository();

    /** The routes, working with these parts. */
    public EscrowRoutes(ServiceContext context, EscrowLedger ledger, PaymentLedger payments) {
        this.context = context;
        this.ledger = ledger;
        this.payments = payments;
    }

    @Override
    public void install(Javalin app) {
        app.get("/api/v1/escrow/{id}", this::read);
        app.post("/api/v1/escrow/{id}/fund", this::fund);
        app.post("/api/v1/escrow/{id}/milestones/{number}/release", this::release);
        app.post("/api/v1/escrow/{id}/refund", this::refund);
    }

    private void read(Context ctx) {
        Caller caller = context.auth().require(ctx);
        String id = ctx.pathParam("id");
        Escrow escrow = context.transactions().inTransaction(tx -> escrows.find(tx.connection(), id))
                .orElseThrow(() -> ApiException.notFound("no escrow " + id));
        if (caller.role() != Role.ADMIN && !escrow.isParty(caller)) {
            throw ApiException.forbidden("only the contract's customer, its artisan or an admin may read its escrow");
        }
        ctx.json(escrow.toJson());
    }

    private void fund(Context ctx) {
        Caller customer = context.auth().require(ctx, Role.CUSTOMER);
        RequestBody body = RequestBody.parse(ctx.body());
        BigDecimal amount = body.requiredAmount("amount");
        Optional<Simulation> simulation = Simulation.read(body);
        body.validate();
        String id = ctx.pathParam("id");
        Map<String, Object> answer = new LinkedHashMap<>();
        Payment payment = context.transactions().inTransaction(tx -> {
            Escrow escrow = ledger.lock(tx, id);
            if (!escrow.isCustomer(customer)) {
                throw ApiException.forbidden("only the contract's customer may fund its escrow");
            }
            ledger.checkFundable(tx, escrow, amount);
            String bookingId = contracts.find(tx.connection(), escrow.contractId()).orElseThrow().bookingId();
            Payment made = payments.charge(tx, PaymentIntent.forEscrow(customer.userId(), escrow.id(),
                    escrow.contractId(), bookingId, amount, simulation));
            answer.put("escrow", escrows.find(tx.connection(), id).orElseThrow().toJson());
            return made;
        });
        PaymentAnswers.answer(ctx, payment, answer);
    }

    private void release(Context ctx) {
        Caller caller = context.auth().require(ctx, Role.CUSTOMER, Role.ADMIN);
        int number = milestoneNumber(ctx.pathParam("number"));
        String id = ctx.pathParam("id");
        ctx.json(context.transactions().inTransaction(tx -> {
            Escrow escrow = ledger.lock(tx, id);
            if (caller.role() != Role.ADMIN && !escrow.isCustomer(caller)) {
                throw ApiException.forbidden("only the contract's customer or an admin may release a milestone");
            }
            BigDecimal amount = ledger.release(tx, escrow, number);
            return Map.of("milestone", number, "amount", amount,
                    "escrow", escrows.find(tx.connection(), id).orElseThrow().toJson());
        }));
    }

    private void refund(Context ctx) {
        Caller caller = context.auth().require(ctx, Role.CUSTOMER, Role.ADMIN);
        RequestBody body = RequestBody.parse(ctx.body());
        String reason = body.requiredText("reason", 1000);
        body.validate();
        String id = ctx.pathParam("id");
        ctx.json(context.transactions().inTransaction(tx -> {
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
            return Map.of("amount", amount, "escrow", escrows.find(tx.connection(), id).orElseThrow().toJson());
        }));
    }

    private static int milestoneNumber(String text) {
        try {
            int number = Integer.parseInt(text);
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest("the milestone number must be a whole number from 1, was " + text);
    }
}
