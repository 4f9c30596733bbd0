package ng.korrect.transaction.escrow;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ng.korrect.catalog.payload.Role;
import ng.korrect.service.ApiException;
import ng.korrect.service.Caller;
import ng.korrect.service.RequestBody;
import ng.korrect.service.Routes;
import ng.korrect.service.ServiceContext;
import ng.korrect.transaction.booking.Booking;
import ng.korrect.transaction.booking.BookingRepository;
import ng.korrect.transaction.booking.BookingChecks;
import ng.korrect.transaction.support.Ids;

/**
 * {@code /api/v1/contracts}: a customer makes a job contract with an artisan they have booked (the booking
 * checked the artisan's profile), with milestones, and gets its escrow with it; its parties or an admin read it.
 */
public final class ContractRoutes implements Routes {

    /** The most milestones a contract may have. */
    public static final int MAX_MILESTONES = 50;

    private final ServiceContext context;
    private final ContractRepository contracts = new ContractRepository();
    private final EscrowRepository escrows = new EscrowRepository();
    private final BookingRepository bookings = new BookingRepository();

    /** The routes, working with these parts. */
    public ContractRoutes(ServiceContext context) {
        this.context = context;
    }

    @Override
    public void install(Javalin app) {
        app.post("/api/v1/contracts", this::create);
        app.get("/api/v1/contracts/{id}", this::read);
    }

    private void create(Context ctx) {
        Caller customer = context.auth().require(ctx, Role.CUSTOMER);
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
        Contract contract = new Contract(Ids.next(), customer.userId(), artisanId, bookingId.orElse(null), total,
                milestones, context.clock().instant());
        Escrow escrow = new Escrow(Ids.next(), contract.id(), contract.customerId(), contract.artisanId(),
                EscrowBalance.empty(total), EscrowStatus.AWAITING_FUNDING, null);
        context.transactions().run(tx -> {
            if (bookingId.isPresent()) {
                checkBooking(bookings.find(tx.connection(), bookingId.get()), customer, artisanId, body);
            } else if (!bookings.hasBooked(tx.connection(), customer.userId(), artisanId)) {
                // the booking checked the artisan with the artisan service; a contract goes no further than that
                throw BookingChecks.unknownReference("artisanId", "artisanId must be an artisan you have booked");
            }
            contracts.insert(tx.connection(), contract);
            escrows.insert(tx.connection(), escrow);
            return null;
        });
        ctx.status(201).json(contract.toJson(escrow));
    }

    private void read(Context ctx) {
        Caller caller = context.auth().require(ctx);
        String id = ctx.pathParam("id");
        ctx.json(context.transactions().inTransaction(tx -> {
            Contract contract = contracts.find(tx.connection(), id)
                    .orElseThrow(() -> ApiException.notFound("no contract " + id));
            Escrow escrow = escrows.ofContract(tx.connection(), id).orElseThrow();
            if (caller.role() != Role.ADMIN && !escrow.isParty(caller)) {
                throw ApiException.forbidden("only the contract's customer, its artisan or an admin may read it");
            }
            return contract.toJson(escrow);
        }));
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

    private static void checkBooking(Optional<Booking> booking, Caller customer, String artisanId, RequestBody body) {
        body.check("bookingId", booking.isPresent(), "no such booking");
        booking.ifPresent(found -> body.check("bookingId", found.customerId().equals(customer.userId())
                && found.artisanId().equals(artisanId), "must be a booking of this customer with this artisan"));
        body.validate();
    }
}
