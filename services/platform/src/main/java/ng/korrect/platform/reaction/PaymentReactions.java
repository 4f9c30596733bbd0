package ng.korrect.platform.reaction;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import ng.korrect.bus.EventBus;
import ng.korrect.bus.idempotency.JdbcIdempotencyGuard;
import ng.korrect.catalog.payload.PaymentFailed;
import ng.korrect.catalog.payload.PaymentReceived;
import ng.korrect.platform.ReadModelNotReadyException;
import ng.korrect.platform.people.Bookings;
import ng.korrect.platform.people.Bookings.KnownBooking;
import ng.korrect.platform.text.NotificationTexts;

/**
 * {@code payment.received} (a confirmation to the customer) and {@code payment.failed} (the failure, to
 * the customer). Both name the booking's service and artisan from the bookings read model, and wait
 * (retry) until its {@code booking.created} has arrived.
 */
final class PaymentReactions {

    private final Notifier notifier;
    private final Bookings bookings;

    PaymentReactions(Notifier notifier, Bookings bookings) {
        this.notifier = notifier;
        this.bookings = bookings;
    }

    void register(EventBus.GroupBuilder group, JdbcIdempotencyGuard guard) {
        group.on(PaymentReceived.class, guard.guard((event, delivery, tx) -> {
            PaymentReceived payment = event.payload();
            KnownBooking booking = booking(tx, payment.bookingId(), "payment.received");
            notifier.notify(tx, event, payment.customerId(), NotificationTexts.paymentReceived(payment.amount(),
                    job(booking), notifier.person(tx, booking.artisanId()), payment.reference()));
        }));
        group.on(PaymentFailed.class, guard.guard((event, delivery, tx) -> {
            PaymentFailed payment = event.payload();
            KnownBooking booking = booking(tx, payment.bookingId(), "payment.failed");
            notifier.notify(tx, event, payment.customerId(),
                    NotificationTexts.paymentFailed(payment.amount(), job(booking), payment.reason()));
        }));
    }

    private KnownBooking booking(Connection tx, String bookingId, String forWhat) throws SQLException {
        return bookings.find(tx, bookingId).orElseThrow(() -> new ReadModelNotReadyException(
                "booking " + bookingId + " of a " + forWhat + " is not known yet (from booking.created)"));
    }

    private static String job(KnownBooking booking) {
        return NotificationTexts.job(Optional.of(booking.service()), booking.bookingId());
    }
}
