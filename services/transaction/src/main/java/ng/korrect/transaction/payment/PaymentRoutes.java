package ng.korrect.transaction.payment;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import ng.korrect.catalog.payload.Role;
import ng.korrect.service.Auth;
import ng.korrect.service.Caller;
import ng.korrect.service.RequestBody;
import ng.korrect.service.Routes;

/**
 * {@code /api/v1/payments}, the HTTP side of {@link Payments}: a customer pays for their booking; the payer or an
 * admin reads a payment.
 */
public final class PaymentRoutes implements Routes {

    private final Auth auth;
    private final Payments payments;

    /** The routes of those payments, for callers checked by that auth. */
    public PaymentRoutes(Auth auth, Payments payments) {
        this.auth = auth;
        this.payments = payments;
    }

    @Override
    public void install(Javalin app) {
        app.post("/api/v1/payments", this::payForBooking);
        app.get("/api/v1/payments/{id}", this::read);
    }

    private void payForBooking(Context ctx) {
        Caller customer = auth.require(ctx, Role.CUSTOMER);
        RequestBody body = RequestBody.parse(ctx.body());
        String bookingId = body.requiredText("bookingId", 36);
        BigDecimal amount = body.requiredAmount("amount");
        Optional<Simulation> simulation = Simulation.read(body);
        body.validate();
        PaymentAnswers.answer(ctx, payments.payForBooking(customer, bookingId, amount, simulation), Map.of());
    }

    private void read(Context ctx) {
        ctx.json(payments.read(auth.require(ctx), ctx.pathParam("id")).toJson());
    }
}
