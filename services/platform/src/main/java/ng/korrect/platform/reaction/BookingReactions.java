package ng.korrect.platform.reaction;

import java.util.Optional;
import ng.korrect.bus.EventBus;
import ng.korrect.catalog.payload.BookingCancelled;
import ng.korrect.catalog.payload.BookingConfirmed;
import ng.korrect.catalog.payload.BookingCreated;
import ng.korrect.catalog.payload.CancelledBy;
import ng.korrect.catalog.payload.ReviewCreated;
import ng.korrect.platform.ReadModelNotReadyException;
import ng.korrect.platform.people.Bookings;
import ng.korrect.platform.text.NotificationTexts;
import ng.korrect.platform.text.Person;

/**
 * {@code booking.created} (the bookings and profile owners read models; the artisan notified),
 * {@code booking.confirmed} (completion notices to both), {@code booking.cancelled} (cancellation notices
 * to both) and {@code review.created} (the profile's owner notified; retried until the owner is known).
 */
final class BookingReactions {

    private final Notifier notifier;
    private final Bookings bookings;

    BookingReactions(Notifier notifier, Bookings bookings) {
        this.notifier = notifier;
        this.bookings = bookings;
    }

    void register(EventBus.GroupBuilder group, PeopleFirstGuard guard) {
        group.on(BookingCreated.class, guard.guard((event, delivery, tx) -> {
            BookingCreated booking = event.payload();
            bookings.remember(tx, new Bookings.KnownBooking(booking.bookingId(), booking.customerId(),
                    booking.artisanId(), booking.artisanProfileId(), booking.service()));
            notifier.notify(tx, event, booking.artisanId(),
                    NotificationTexts.bookingRequested(notifier.person(tx, booking.customerId()), booking.service()));
        }));
        group.on(BookingConfirmed.class, guard.guard((event, delivery, tx) -> {
            BookingConfirmed confirmed = event.payload();
            String job = NotificationTexts.job(service(tx, confirmed.bookingId()), confirmed.bookingId());
            notifier.notify(tx, event, confirmed.customerId(), NotificationTexts.bookingCompletedForCustomer(
                    notifier.person(tx, confirmed.artisanId()), job, confirmed.finalPrice()));
            notifier.notify(tx, event, confirmed.artisanId(), NotificationTexts.bookingCompletedForArtisan(
                    notifier.person(tx, confirmed.customerId()), job, confirmed.finalPrice()));
        }));
        group.on(BookingCancelled.class, guard.guard((event, delivery, tx) -> {
            BookingCancelled cancelled = event.payload();
            String job = NotificationTexts.job(service(tx, cancelled.bookingId()), cancelled.bookingId());
            boolean byCustomer = cancelled.cancelledBy() == CancelledBy.CUSTOMER;
            String cancellerId = byCustomer ? cancelled.customerId() : cancelled.artisanId();
            String otherId = byCustomer ? cancelled.artisanId() : cancelled.customerId();
            Person canceller = notifier.person(tx, cancellerId);
            notifier.notify(tx, event, cancellerId,
                    NotificationTexts.cancellationConfirmed(notifier.person(tx, otherId), job));
            notifier.notify(tx, event, otherId,
                    NotificationTexts.cancelledByOther(canceller, cancelled.cancelledBy(), job, cancelled.reason()));
        }));
        group.on(ReviewCreated.class, guard.guard((event, delivery, tx) -> {
            ReviewCreated review = event.payload();
            String owner = bookings.ownerOf(tx, review.artisanProfileId()).orElseThrow(() -> new ReadModelNotReadyException(
                    "the owner of artisan profile " + review.artisanProfileId() + " is not known yet "
                            + "(from booking.created or verification.*)"));
            notifier.notify(tx, event, owner, NotificationTexts.reviewReceived(
                    notifier.person(tx, review.customerId()), review.rating(), review.title()));
        }));
    }

    private Optional<String> service(java.sql.Connection tx, String bookingId) throws java.sql.SQLException {
        return bookings.find(tx, bookingId).map(Bookings.KnownBooking::service);
    }
}
