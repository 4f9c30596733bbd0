package ng.korrect.transaction.payment;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import ng.korrect.catalog.payload.Role;
import ng.korrect.service.ApiException;
import ng.korrect.service.Caller;
import ng.korrect.service.RequestBody;
import ng.korrect.service.Routes;
import ng.korrect.service.ServiceContext;
import ng.korrect.transaction.booking.Booking;
import ng.korrect.transaction.booking.BookingRepository;
import ng.korrect.transaction.booking.BookingStatus;

/** {@code /api/v1/payments}: a customer pays for their booking; the payer or an admin reads a payment. */
public final class PaymentRoutes implements Routes {

    private final ServiceContext context;
    private final PaymentLedger ledger;
    private final PaymentRepository payments = new PaymentRepository();
    private final BookingRepository bookings = new BookingRepository();

    /** The routes, working with these parts. */
    public PaymentRoutes(ServiceContext context, PaymentLedger ledger) {
        this.context = context;
        this.ledger = ledger;
    }

    @Override
    public void install(Javalin app) {
        app.post("/api/v1/payments", this::payForBooking);
        app.get("/api/v1/payments/{id}", this::read);
    }

    private void payForBooking(Context ctx) {
        Caller customer = context.auth().require(ctx, Role.CUSTOMER);
        RequestBody body = RequestBody.parse(ctx.body());
        String bookingId = body.requiredText("bookingId", 36);
        BigDecimal amount = body.requiredAmount("amount");
        Optional<Simulation> simulation = Simulation.read(body);
        body.validate();
        Payment payment = context.transactions().inTransaction(tx -> {
            Booking booking = bookings.lock(tx.connection(), bookingId)
                    .orElseThrow(() -> ApiException.notFound("no booking " + bookingId));
            if (!booking.customerId().equals(customer.userId())) {
                throw ApiException.forbidden("only the booking's customer may pay for it");
            }
            if (booking.status() == BookingStatus.CANCELLED) {
                throw ApiException.conflict("booking " + bookingId + " is cancelled");
            }
            if (booking.status() == BookingStatus.CONFIRMED) {
                throw ApiException.conflict("booking " + bookingId + " is confirmed");
            }
            if (payments.bookingPaidOrPending(tx.connection(), bookingId)) {
                throw ApiException.conflict("booking " + bookingId + " is already paid or has a payment pending");
            }
            checkPrice(booking, amount);
            return ledger.charge(tx, PaymentIntent.forBooking(customer.userId(), bookingId, amount, simulation));
        });
        PaymentAnswers.answer(ctx, payment, Map.of());
    }

    /** A booking is paid its quoted price, exactly: the money is the evidence behind its confirmation. */
    private static void checkPrice(Booking booking, BigDecimal amount) {
        if (booking.quotedPrice() == null) {
            throw ApiException.conflict("booking " + booking.id() + " has no quoted price and cannot be paid; "
                    + "book again with a quotedPrice");
        }
        if (booking.quotedPrice().compareTo(amount) != 0) {
            throw new ApiException(409, "amount_mismatch", "amount must be the booking's quoted price, "
                    + booking.quotedPrice().toPlainString(), Map.of("field", "amount",
                    "expectedAmount", booking.quotedPrice().toPlainString()));
        }
    }

    private void read(Context ctx) {
        Caller caller = context.auth().require(ctx);
        String id = ctx.pathParam("id");
        Payment payment = context.transactions().inTransaction(tx -> payments.find(tx.connection(), id))
                .orElseThrow(() -> ApiException.notFound("no payment " + id));
        if (!caller.isSelfOrAdmin(payment.customerId())) {
            throw ApiException.forbidden("only the payer or an admin may read a payment");
        }
        ctx.json(payment.toJson());
    }
}
