package ng.korrect.transaction.dispute;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.Duration;
import ng.korrect.catalog.payload.Role;
import ng.korrect.service.Auth;
import ng.korrect.service.Caller;
import ng.korrect.service.RequestBody;
import ng.korrect.service.Routes;

/**
 * {@code /api/v1/disputes}, the HTTP side of {@link Disputes}: the contract's customer or artisan opens a dispute
 * on a funded escrow; an admin resolves it with a split of what is held; its parties or an admin read it.
 */
public final class DisputeRoutes implements Routes {

    private final Auth auth;
    private final Disputes disputes;
    private final Duration escalationAfter;

    /** The routes of those disputes, for callers checked by that auth, escalated that long after they open. */
    public DisputeRoutes(Auth auth, Disputes disputes, Duration escalationAfter) {
        this.auth = auth;
        this.disputes = disputes;
        this.escalationAfter = escalationAfter;
    }

    @Override
    public void install(Javalin app) {
        app.post("/api/v1/disputes", this::open);
        app.get("/api/v1/disputes/{id}", this::read);
        app.post("/api/v1/disputes/{id}/resolve", this::resolve);
    }

    private void open(Context ctx) {
        Caller caller = auth.require(ctx, Role.CUSTOMER, Role.ARTISAN);
        RequestBody body = RequestBody.parse(ctx.body());
        String escrowId = body.requiredText("escrowId", 36);
        String category = body.requiredLine("category", 50);
        String reason = body.requiredText("reason", 2000);
        body.validate();
        ctx.status(201).json(disputes.open(caller, escrowId, category, reason).toJson(escalationAfter));
    }

    private void read(Context ctx) {
        ctx.json(disputes.read(auth.require(ctx), ctx.pathParam("id")).toJson(escalationAfter));
    }

    private void resolve(Context ctx) {
        Caller admin = auth.require(ctx, Role.ADMIN);
        RequestBody body = RequestBody.parse(ctx.body());
        String decision = body.requiredText("decision", 2000);
        BigDecimal customerRefund = body.amountOrZero("customerRefund");
        BigDecimal artisanPayment = body.amountOrZero("artisanPayment");
        body.validate();
        ctx.json(disputes.resolve(admin, ctx.pathParam("id"), decision, customerRefund, artisanPayment)
                .toJson(escalationAfter));
    }
}
