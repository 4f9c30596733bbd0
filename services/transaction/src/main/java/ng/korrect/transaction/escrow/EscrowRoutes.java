package ng.korrect.transaction.escrow;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import ng.korrect.catalog.payload.Role;
import ng.korrect.service.ApiException;
import ng.korrect.service.Auth;
import ng.korrect.service.Caller;
import ng.korrect.service.RequestBody;
import ng.korrect.service.Routes;
import ng.korrect.transaction.payment.PaymentAnswers;
import ng.korrect.transaction.payment.Simulation;

/**
 * {@code /api/v1/escrow}, the HTTP side of {@link Escrows}: the contract's customer funds the escrow in one or
 * more payments; the customer or an admin releases a milestone; an admin (or the customer, before it is fully
 * funded) refunds what is held; its parties or an admin read it.
 */
public final class EscrowRoutes implements Routes {

    private final Auth auth;
    private final Escrows escrows;

    /** The routes of those escrows, for callers checked by that auth. */
    public EscrowRoutes(Auth auth, Escrows escrows) {
        this.auth = auth;
        this.escrows = escrows;
    }

    @Override
    public void install(Javalin app) {
        app.get("/api/v1/escrow/{id}", this::read);
        app.post("/api/v1/escrow/{id}/fund", this::fund);
        app.post("/api/v1/escrow/{id}/milestones/{number}/release", this::release);
        app.post("/api/v1/escrow/{id}/refund", this::refund);
    }

    private void read(Context ctx) {
        ctx.json(escrows.read(auth.require(ctx), ctx.pathParam("id")).toJson());
    }

    private void fund(Context ctx) {
        Caller customer = auth.require(ctx, Role.CUSTOMER);
        RequestBody body = RequestBody.parse(ctx.body());
        BigDecimal amount = body.requiredAmount("amount");
        Optional<Simulation> simulation = Simulation.read(body);
        body.validate();
        Escrows.Funding funding = escrows.fund(customer, ctx.pathParam("id"), amount, simulation);
        PaymentAnswers.answer(ctx, funding.payment(), Map.of("escrow", funding.escrow().toJson()));
    }

    private void release(Context ctx) {
        Caller caller = auth.require(ctx, Role.CUSTOMER, Role.ADMIN);
        int number = milestoneNumber(ctx.pathParam("number"));
        Escrows.Movement released = escrows.release(caller, ctx.pathParam("id"), number);
        ctx.json(Map.of("milestone", number, "amount", released.amount(), "escrow", released.escrow().toJson()));
    }

    private void refund(Context ctx) {
        Caller caller = auth.require(ctx, Role.CUSTOMER, Role.ADMIN);
        RequestBody body = RequestBody.parse(ctx.body());
        String reason = body.requiredText("reason", 1000);
        body.validate();
        Escrows.Movement refunded = escrows.refund(caller, ctx.pathParam("id"), reason);
        ctx.json(Map.of("amount", refunded.amount(), "escrow", refunded.escrow().toJson()));
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
