package ng.korrect.transaction.booking;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import ng.korrect.catalog.payload.BookingCancelled;
import ng.korrect.catalog.payload.BookingConfirmed;
import ng.korrect.catalog.payload.BookingCreated;
import ng.korrect.catalog.payload.CancelledBy;
import ng.korrect.catalog.payload.Role;
import ng.korrect.service.ApiException;
import ng.korrect.service.Caller;
import ng.korrect.service.Transactions;
import ng.korrect.transaction.artisan.ArtisanProfiles;
import ng.korrect.transaction.support.Ids;

/**
 * The bookings' use cases: a customer books, a party confirms or cancels, a party or an admin reads. Each runs
 * in one transaction, with the booking's row locked for a transition, and publishes its event in it; a refused
 * one throws the {@link ApiException} that names why. The rules are {@link BookingRules} and {@link BookingStatus}.
 */
public final class Bookings {

    /** The most bookings a list answers. */
    static final int LIST_LIMIT = 100;

    private final Transactions transactions;
    private final BookingChecks checks;
    private final BookingPayments payments;
    private final BookingRepository bookings;
    private final Clock clock;

    /** The bookings of that database, checked against those artisan profiles, paid through those payments. */
    public Bookings(Transactions transactions, ArtisanProfiles profiles, BookingPayments payments, Clock clock) {
        this.transactions = transactions;
        this.bookings = new BookingRepository();
        this.checks = new BookingChecks(profiles, bookings);
        this.payments = payments;
        this.clock = clock;
    }

    /**
     * What a customer asks for.
     *
     * @param artisanId the artisan
     * @param artisanProfileId the artisan's profile booked
     * @param service what is to be done
     * @param scheduledFor when, if said
     * @param address where, if said
     * @param notes notes, if any
     * @param quotedPrice the price quoted
     */
    public record Request(String artisanId, String artisanProfileId, String service, Optional<Instant> scheduledFor,
                          Optional<String> address, Optional<String> notes, BigDecimal quotedPrice) {
    }

    /** Books the artisan's profile for the customer, once the profile is checked with the artisan service. */
    public Booking create(Caller customer, Request request) {
        checks.checkProfile(request.artisanProfileId(), request.artisanId());
        Booking booking = new Booking(Ids.next(), customer.userId(), request.artisanId(), request.artisanProfileId(),
                request.service(), BookingStatus.PENDING, request.scheduledFor().orElse(null),
                request.address().orElse(null), request.notes().orElse(null), request.quotedPrice(), null, null, null,
                clock.instant());
        transactions.run(tx -> {
            checks.checkLimits(tx.connection(), customer.userId(), request.artisanId());
            bookings.insert(tx.connection(), booking);
            tx.publish(new BookingCreated(booking.id(), booking.customerId(), booking.artisanId(),
                    booking.artisanProfileId(), booking.service(), booking.status().wireName()));
            return null;
        });
        return booking;
    }

    /** An admin's: every booking; anyone else's: their own, as customer or artisan. */
    public List<Booking> list(Caller caller) {
        return transactions.inTransaction(tx -> caller.role() == Role.ADMIN
                ? bookings.all(tx.connection(), LIST_LIMIT) : bookings.ofUser(tx.connection(), caller.userId(), LIST_LIMIT));
    }

    /** The booking, for one of its parties or an admin. */
    public Booking read(Caller caller, String id) {
        Booking booking = transactions.inTransaction(tx -> existing(tx.connection(), id, false));
        if (caller.role() != Role.ADMIN && !booking.isParty(caller)) {
            throw ApiException.forbidden("only the booking's customer, its artisan or an admin may read it");
        }
        return booking;
    }

    /** The customer confirms that the job was done, for the amount paid ({@code asked} must be that amount). */
    public Booking confirm(Caller caller, String id, Optional<BigDecimal> asked) {
        return transactions.inTransaction(tx -> {
            Booking booking = transitionable(tx.connection(), id, caller, BookingStatus.CONFIRMED);
            if (caller.role() != Role.CUSTOMER) {
                throw ApiException.forbidden("only the booking's customer confirms that the job was done");
            }
            BigDecimal paid = payments.received(tx, booking.id()).orElseThrow(() -> ApiException.conflict("booking "
                    + booking.id() + " is not paid: its customer pays the quoted price before confirming"));
            if (asked.isPresent() && asked.get().compareTo(paid) != 0) {
                throw ApiException.conflict("finalPrice must be the amount paid for booking " + booking.id() + ", "
                        + paid.toPlainString());
            }
            bookings.confirm(tx.connection(), booking.id(), paid, clock.instant());
            tx.publish(new BookingConfirmed(booking.id(), booking.customerId(), booking.artisanId(), paid));
            return existing(tx.connection(), booking.id(), false);
        });
    }

    /**
     * A booking cancelled by one of its parties, with what was refunded of its payments.
     *
     * @param booking the booking, cancelled
     * @param refunded the total refunded (zero when nothing was paid)
     */
    public record Cancellation(Booking booking, BigDecimal refunded) {
    }

    /** A party cancels the booking, which refunds what was paid. */
    public Cancellation cancel(Caller caller, String id, Optional<String> reason) {
        CancelledBy cancelledBy = caller.role() == Role.CUSTOMER ? CancelledBy.CUSTOMER : CancelledBy.ARTISAN;
        return transactions.inTransaction(tx -> {
            Booking booking = transitionable(tx.connection(), id, caller, BookingStatus.CANCELLED);
            bookings.cancel(tx.connection(), booking.id(), cancelledBy.wireName(), reason.orElse(null), clock.instant());
            BigDecimal refunded = payments.refundAll(tx, booking.id());
            tx.publish(new BookingCancelled(booking.id(), booking.customerId(), booking.artisanId(), cancelledBy, reason));
            return new Cancellation(existing(tx.connection(), booking.id(), false), refunded);
        });
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
