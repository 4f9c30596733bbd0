package ng.korrect.transaction.escrow;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import ng.korrect.catalog.payload.Role;
import ng.korrect.service.ApiException;
import ng.korrect.service.Caller;
import ng.korrect.service.FieldProblem;
import ng.korrect.service.Transactions;
import ng.korrect.transaction.booking.Booking;
import ng.korrect.transaction.booking.BookingChecks;
import ng.korrect.transaction.booking.BookingRepository;
import ng.korrect.transaction.support.Ids;

/**
 * The contracts' use cases: a customer makes a job contract with an artisan they have booked, which opens its
 * escrow, awaiting funding; a party or an admin reads it. Each runs in one transaction; a refused one throws
 * the {@link ApiException} that names why.
 */
public final class Contracts {

    private final Transactions transactions;
    private final Clock clock;
    private final ContractRepository contracts = new ContractRepository();
    private final EscrowRepository escrows = new EscrowRepository();
    private final BookingRepository bookings = new BookingRepository();

    /** The contracts of that database. */
    public Contracts(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * A contract of the customer with the artisan, for the milestones, and its escrow. The artisan must be one the
     * customer booked: through {@code bookingId}, a booking of this customer with this artisan, or else any of
     * their bookings (the booking checked the artisan with the artisan service; a contract goes no further).
     *
     * @return the contract and its escrow
     */
    public Made create(Caller customer, String artisanId, Optional<String> bookingId, List<Milestone> milestones) {
        BigDecimal total = milestones.stream().map(Milestone::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        Contract contract = new Contract(Ids.next(), customer.userId(), artisanId, bookingId.orElse(null), total,
                milestones, clock.instant());
        Escrow escrow = new Escrow(Ids.next(), contract.id(), contract.customerId(), contract.artisanId(),
                EscrowBalance.empty(total), EscrowStatus.AWAITING_FUNDING, null);
        transactions.run(tx -> {
            if (bookingId.isPresent()) {
                checkBooking(bookings.find(tx.connection(), bookingId.get()), customer, artisanId);
            } else if (!bookings.hasBooked(tx.connection(), customer.userId(), artisanId)) {
                throw BookingChecks.unknownReference("artisanId", "artisanId must be an artisan you have booked");
            }
            contracts.insert(tx.connection(), contract);
            escrows.insert(tx.connection(), escrow);
            return null;
        });
        return new Made(contract, escrow);
    }

    /**
     * A contract with its escrow.
     *
     * @param contract the contract
     * @param escrow its escrow
     */
    public record Made(Contract contract, Escrow escrow) {
    }

    /** The contract and its escrow, for a party or an admin. */
    public Made read(Caller caller, String id) {
        return transactions.inTransaction(tx -> {
            Contract contract = contracts.find(tx.connection(), id)
                    .orElseThrow(() -> ApiException.notFound("no contract " + id));
            Escrow escrow = escrows.ofContract(tx.connection(), id).orElseThrow();
            if (caller.role() != Role.ADMIN && !escrow.isParty(caller)) {
                throw ApiException.forbidden("only the contract's customer, its artisan or an admin may read it");
            }
            return new Made(contract, escrow);
        });
    }

    private static void checkBooking(Optional<Booking> booking, Caller customer, String artisanId) {
        if (booking.isEmpty()) {
            throw ApiException.validation(List.of(new FieldProblem("bookingId", "no such booking")));
        }
        if (!booking.get().customerId().equals(customer.userId()) || !booking.get().artisanId().equals(artisanId)) {
            throw ApiException.validation(List.of(new FieldProblem("bookingId",
                    "must be a booking of this customer with this artisan")));
        }
    }
}
