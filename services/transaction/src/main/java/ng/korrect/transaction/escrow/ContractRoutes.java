package ng.korrect.transaction.escrow;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ng.korrect.catalog.payload.Role;
import ng.korrect.service.Auth;
import ng.korrect.service.Caller;
import ng.korrect.service.RequestBody;
import ng.korrect.service.Routes;

/**
 * {@code /api/v1/contracts}, the HTTP side of {@link Contracts}: a customer makes a job contract with an artisan
 * they have booked (the booking checked the artisan's profile), with milestones, and gets its escrow with it; its
 * parties or an admin read it.
 */
public final class ContractRoutes implements Routes {

    /** The most milestones a contract may have. */
    public static final int MAX_MILESTONES = 50;

    private final Auth auth;
    private final Contracts contracts;

    /** The routes of those contracts, for callers checked by that auth. */
    public ContractRoutes(Auth auth, Contracts contracts) {
        this.auth = auth;
        this.contracts = contracts;
    }

    @Override
    public void install(Javalin app) {
        app.post("/api/v1/contracts", this::create);
        app.get("/api/v1/contracts/{id}", this::read);
    }

    private void create(Context ctx) {
        Caller customer = auth.require(ctx, Role.CUSTOMER);
        RequestBody body = RequestBody.parse(ctx.body());
        String artisanId = body.requiredText("artisanId", 128);
        Optional<String> bookingId = body.optionalText("bookingId", 36);
        List<Milestone> milestones = milestones(body);
        body.check("artisanId", artisanId == null || !artisanId.equals(customer.userId()), "must not be the customer");
        body.validate();
        BigDecimal total = milestones.stream().map(Milestone::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        body.check("milestones", total.compareTo(RequestBody.MAX_AMOUNT) <= 0,
                "must add up to at most " + RequestBody.MAX_AMOUNT.toPlainString());
        body.validate();
        Contracts.Made made = contracts.create(customer, artisanId, bookingId, milestones);
        ctx.status(201).json(made.contract().toJson(made.escrow()));
    }

    private void read(Context ctx) {
        Contracts.Made found = contracts.read(auth.require(ctx), ctx.pathParam("id"));
        ctx.json(found.contract().toJson(found.escrow()));
    }

    private static List<Milestone> milestones(RequestBody body) {
        List<RequestBody> items = body.requiredObjects("milestones", 1, MAX_MILESTONES);
        List<Milestone> milestones = new ArrayList<>();
        if (items == null) {
            return milestones;
        }
        for (RequestBody item : items) {
            String title = item.requiredLine("title", 200);
            BigDecimal amount = item.requiredAmount("amount");
            milestones.add(new Milestone(milestones.size() + 1, title, amount, null));
        }
        return milestones;
    }
}
