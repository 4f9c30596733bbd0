package ng.korrect.transaction.booking;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ng.korrect.catalog.payload.BookingCancelled;
import ng.korrect.catalog.payload.BookingConfirmed;
import ng.korrect.catalog.payload.BookingCreated;
import ng.korrect.catalog.payload.CancelledBy;
import ng.korrect.catalog.payload.Role;
import ng.korrect.service.ApiException;
import ng.korrect.service.Caller;
import ng.korrect.service.RequestBody;
import ng.korrect.service.Routes;
import ng.korrect.service.ServiceContext;
import ng.korrect.transaction.artisan.ArtisanProfiles;
import ng.korrect.transaction.support.Bodies;
import ng.korrect.transaction.support.Ids;

/**
 * {@code /api/v1/bookings}: a customer books an artisan's profile, checked with the artisan service, at a
 * quoted price; the customer confirms it once paid, for the amount paid; either party cancels it, which
 * refunds what was paid; its customer, its artisan or an admin reads it. The rules are {@link BookingRules}.
 */
public final class BookingRoutes implements Routes {

    private static final int LIST_LIMIT = 100;

    private final ServiceContext context;
    private final BookingChecks checks;
    private final BookingPayments payments;
    private final BookingRepository bookings = new BookingRepository();

    /** The routes, working with these parts. */
    public BookingRoutes(ServiceContext context, ArtisanProfiles profiles, BookingPayments payments) {
        this.context = context;
        this.checks = new BookingChecks(profiles, bookings);
        this.payments = payments;
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
        Caller customer = context.auth().require(ctx, Role.CUSTOMER);
        RequestBody body = RequestBody.parse(ctx.body());
        String artisanId = body.requiredText("artisanId", 128);
        String artisanProfileId = body.requiredText("artisanProfileId", 128);
        String service = body.requiredLine("service", 200);
        Optional<Instant> scheduledFor = Bodies.optionalInstant(body, "scheduledFor");
        Optional<String> address = body.optionalText("address", 500);
        Optional<String> notes = body.optionalText("notes", 2000);
        BigDecimal quotedPrice = body.requiredAmount("quotedPrice");
        body.check("quotedPrice", quotedPrice == null || quotedPrice.compareTo(BookingRules.MIN_QUOTED_PRICE) >= 0,
                "must be at least " + BookingRules.MIN_QUOTED_PRICE.toPlainString());
        body.check("artisanId", artisanId == null || !artisanId.equals(customer.userId()), "must not be the customer");
        body.validate();
        checks.checkProfile(artisanProfileId, artisanId);
        Booking booking = new Booking(Ids.next(), customer.userId(), artisanId, artisanProfileId, service,
                BookingStatus.PENDING, scheduledFor.orElse(null), address.orElse(null), notes.orElse(null),
                quotedPrice, null, null, null, context.clock().instant());
        context.transactions().run(tx -> {
            checks.checkLimits(tx.connection(), customer.userId(), artisanId);
            bookings.insert(tx.connection(), booking);
            tx.publish(new BookingCreated(booking.id(), booking.customerId(), booking.artisanId(),
                    booking.artisanProfileId(), booking.service(), booking.status().wireName()));
            return null;
        });
        ctx.status(201).json(booking.toJson());
    }

    private void list(Context ctx) {
        Caller caller = context.auth().require(ctx);
        List<Booking> found = context.transactions().inTransaction(tx -> caller.role() == Role.ADMIN
                ? bookings.all(tx.connection(), LIST_LIMIT) : bookings.ofUser(tx.connection(), caller.userId(), LIST_LIMIT));
        ctx.json(Map.of("bookings", found.stream().map(Booking::toJson).toList()));
    }

    private void read(Context ctx) {
        Caller caller = context.auth().require(ctx);
        Booking booking = context.transactions().inTransaction(tx -> existing(tx.connection(), ctx.pathParam("id"), false));
        if (caller.role() != Role.ADMIN && !booking.isParty(caller)) {
            throw ApiException.forbidden("only the booking's customer, its artisan or an admin may read it");
        }
        ctx.json(booking.toJson());
    }

    private void confirm(Context ctx) {
        Caller caller = context.auth().require(ctx, Role.CUSTOMER, Role.ARTISAN);
        RequestBody body = ctx.body().isBlank() ? RequestBody.parse("{}") : RequestBody.parse(ctx.body());
        Optional<BigDecimal> asked = body.optionalAmount("finalPrice");
        body.validate();
        Booking confirmed = context.transactions().inTransaction(tx -> {
            Booking booking = transitionable(tx.connection(), ctx.pathParam("id"), caller, BookingStatus.CONFIRMED);
            if (caller.role() != Role.CUSTOMER) {
                throw ApiException.forbidden("only the booking's customer confirms that the job was done");
            }
            BigDecimal paid = payments.received(tx, booking.id()).orElseThrow(() -> ApiException.conflict("booking "
                    + booking.id() + " is not paid: its customer pays the quoted price before confirming"));
            if (asked.isPresent() && asked.get().compareTo(paid) != 0) {
                throw ApiException.conflict("finalPrice must be the amount paid for booking " + booking.id() + ", "
                        + paid.toPlainString());
            }
            BigDecimal finalPrice = paid;
            bookings.confirm(tx.connection(), booking.id(), finalPrice, context.clock().instant());
            tx.publish(new BookingConfirmed(booking.id(), booking.customerId(), booking.artisanId(), finalPrice));
            return existing(tx.connection(), booking.id(), false);
        });
        ctx.json(confirmed.toJson());
    }

    private void cancel(Context ctx) {
        Caller caller = context.auth().require(ctx, Role.CUSTOMER, Role.ARTISAN);
        RequestBody body = ctx.body().isBlank() ? RequestBody.parse("{}") : RequestBody.parse(ctx.body());
        Optional<String> reason = body.optionalText("reason", 1000);
        body.validate();
        CancelledBy cancelledBy = caller.role() == Role.CUSTOMER ? CancelledBy.CUSTOMER : CancelledBy.ARTISAN;
        Map<String, Object> cancelled = context.transactions().inTransaction(tx -> {
            Booking booking = transitionable(tx.connection(), ctx.pathParam("id"), caller, BookingStatus.CANCELLED);
            bookings.cancel(tx.connection(), booking.id(), cancelledBy.wireName(), reason.orElse(null),
                    context.clock().instant());
            BigDecimal refunded = payments.refundAll(tx, booking.id());
            tx.publish(new BookingCancelled(booking.id(), booking.customerId(), booking.artisanId(), cancelledBy, reason));
            Map<String, Object> json = new LinkedHashMap<>(existing(tx.connection(), booking.id(), false).toJson());
            json.put("refunded", refunded);
            return json;
        });
        ctx.json(cancelled);
    }

    /** The booking, locked, when the caller is one of its parties and it may move to the target status. */
    private Booking transitionable(Connection connection, String id, Caller caller, BookingStatus target)
            throws SQLException {
        Booking booking = existing(connection, id, true);
        if (!booking.isParty(caller)) {
            throw ApiException.forbidden("only the booking's customer or its artisan may do this");
        }
        if (!booking.status().canMoveTo(target)) {
            throw ApiException.conflict("booking " + id + " is " + booking.status().wireName()
                    + " and cannot become " + target.wireName());
        }
        return booking;
    }

    private Booking existing(Connection connection, String id, boolean locked) throws SQLException {
        Optional<Booking> booking = locked ? bookings.lock(connection, id) : bookings.find(connection, id);
        return booking.orElseThrow(() -> ApiException.notFound("no booking " + id));
    }
}
