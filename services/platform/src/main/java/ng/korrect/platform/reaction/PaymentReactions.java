package ng.korrect.platform.reaction;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import ng.korrect.bus.Delivery;
import ng.korrect.bus.EventBus;
import ng.korrect.catalog.payload.PaymentFailed;
import ng.korrect.catalog.payload.PaymentReceived;
import ng.korrect.platform.ReadModelNotReadyException;
import ng.korrect.platform.people.Bookings;
import ng.korrect.platform.people.Bookings.KnownBooking;
import ng.korrect.platform.text.NotificationTexts;
import ng.korrect.platform.text.Person;

/**
 * {@code payment.received} (a confirmation to the customer) and {@code payment.failed} (the failure, to
 * the customer). Both name the booking's service and artisan from the bookings read model, and wait
 * (retry) a few deliveries for its {@code booking.created}; then the customer, whom the event names, is
 * told without those details, since a payment for a contract without a booking carries the contract's
 * id and no {@code booking.created} will ever come for it.
 */
final class PaymentReactions {

    /** How many deliveries wait for the booking (about 15 s with the platform's backoff) before going without. */
    static final int DELIVERIES_WAITING_FOR_THE_BOOKING = 6;

    private final Notifier notifier;
    private final Bookings bookings;

    PaymentReactions(Notifier notifier, Bookings bookings) {
        this.notifier = notifier;
        this.bookings = bookings;
    }

    void register(EventBus.GroupBuilder group, PeopleFirstGuard guard) {
        group.on(PaymentReceived.class, guard.guard((event, delivery, tx) -> {
            PaymentReceived payment = event.payload();
            Optional<KnownBooking> booking = booking(tx, payment.bookingId(), "payment.received", delivery);
            Person artisan = booking.isPresent() ? notifier.person(tx, booking.get().artisanId())
                    : Person.unnamed(payment.bookingId());
            notifier.notify(tx, event, payment.customerId(), NotificationTexts.paymentReceived(payment.amount(),
                    job(booking, payment.bookingId()), artisan, payment.reference()));
        }));
        group.on(PaymentFailed.class, guard.guard((event, delivery, tx) -> {
            PaymentFailed payment = event.payload();
            Optional<KnownBooking> booking = booking(tx, payment.bookingId(), "payment.failed", delivery);
            notifier.notify(tx, event, payment.customerId(),
                    NotificationTexts.paymentFailed(payment.amount(), job(booking, payment.bookingId()), payment.reason()));
        }));
    }

    private Optional<KnownBooking> booking(Connection tx, String bookingId, String forWhat, Delivery delivery)
            throws SQLException {
        Optional<KnownBooking> known = bookings.find(tx, bookingId);
        if (known.isEmpty() && delivery.deliveryCount() < DELIVERIES_WAITING_FOR_THE_BOOKING) {
            throw new ReadModelNotReadyException("booking " + bookingId + " of a " + forWhat
                    + " is not known yet (from booking.created)");
        }
        return known;
    }

    private static String job(Optional<KnownBooking> booking, String bookingId) {
        return booking.map(known -> NotificationTexts.job(Optional.of(known.service()), known.bookingId()))
                .orElse("for " + bookingId);
    }
}
