package ng.korrect.transaction.booking;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import ng.korrect.catalog.payload.Role;
import ng.korrect.service.Auth;
import ng.korrect.service.Caller;
import ng.korrect.service.RequestBody;
import ng.korrect.service.Routes;

/**
 * {@code /api/v1/bookings}, the HTTP side of {@link Bookings}: a customer books an artisan's profile, checked
 * with the artisan service, at a quoted price; the customer confirms it once paid, for the amount paid; either
 * party cancels it, which refunds what was paid; its customer, its artisan or an admin reads it. The routes read
 * and check the request; the rules are {@link BookingRules}.
 */
public final class BookingRoutes implements Routes {

    private final Auth auth;
    private final Bookings bookings;

    /** The routes of those bookings, for callers checked by that auth. */
    public BookingRoutes(Auth auth, Bookings bookings) {
        this.auth = auth;
        this.bookings = bookings;
    }

    @Override
    public void install(Javalin app) {
        app.post("/api/v1/bookings", this::create);
        app.get("/api/v1/bookings", this::list);
        app.get("/api/v1/bookings/{id}", this::read);
        app.post("/api/v1/bookings/{id}/confirm", this::confirm);
        app.post("/api/v1/bookings/{id}/cancel", this::cancel);
    }

    private void create(Context ctx) {
        Caller customer = auth.require(ctx, Role.CUSTOMER);
        RequestBody body = RequestBody.parse(ctx.body());
        String artisanId = body.requiredText("artisanId", 128);
        String artisanProfileId = body.requiredText("artisanProfileId", 128);
        String service = body.requiredLine("service", 200);
        Optional<Instant> scheduledFor = body.optionalInstant("scheduledFor");
        Optional<String> address = body.optionalText("address", 500);
        Optional<String> notes = body.optionalText("notes", 2000);
        BigDecimal quotedPrice = body.requiredAmount("quotedPrice");
        body.check("quotedPrice", quotedPrice == null || quotedPrice.compareTo(BookingRules.MIN_QUOTED_PRICE) >= 0,
                "must be at least " + BookingRules.MIN_QUOTED_PRICE.toPlainString());
        body.check("artisanId", artisanId == null || !artisanId.equals(customer.userId()), "must not be the customer");
        body.validate();
        Booking booking = bookings.create(customer, new Bookings.Request(artisanId, artisanProfileId, service,
                scheduledFor, address, notes, quotedPrice));
        ctx.status(201).json(booking.toJson());
    }

    private void list(Context ctx) {
        Caller caller = auth.require(ctx);
        ctx.json(Map.of("bookings", bookings.list(caller).stream().map(Booking::toJson).toList()));
    }

    private void read(Context ctx) {
        ctx.json(bookings.read(auth.require(ctx), ctx.pathParam("id")).toJson());
    }

    private void confirm(Context ctx) {
        Caller caller = auth.require(ctx, Role.CUSTOMER, Role.ARTISAN);
        RequestBody body = ctx.body().isBlank() ? RequestBody.parse("{}") : RequestBody.parse(ctx.body());
        Optional<BigDecimal> asked = body.optionalAmount("finalPrice");
        body.validate();
        ctx.json(bookings.confirm(caller, ctx.pathParam("id"), asked).toJson());
    }

    private void cancel(Context ctx) {
        Caller caller = auth.require(ctx, Role.CUSTOMER, Role.ARTISAN);
        RequestBody body = ctx.body().isBlank() ? RequestBody.parse("{}") : RequestBody.parse(ctx.body());
        Optional<String> reason = body.optionalText("reason", 1000);
        body.validate();
        Bookings.Cancellation cancelled = bookings.cancel(caller, ctx.pathParam("id"), reason);
        Map<String, Object> json = new LinkedHashMap<>(cancelled.booking().toJson());
        json.put("refunded", cancelled.refunded());
        ctx.json(json);
    }
}
