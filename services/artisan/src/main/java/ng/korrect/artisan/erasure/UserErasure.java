package ng.korrect.artisan.erasure;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import ng.korrect.artisan.account.ErasedUsers;
import ng.korrect.artisan.figures.BookingLedger;
import ng.korrect.artisan.profile.Profile;
import ng.korrect.artisan.profile.ProfileRepository;
import ng.korrect.artisan.review.ReviewRepository;
import ng.korrect.artisan.verification.ApplicationRepository;
import ng.korrect.bus.Delivery;
import ng.korrect.bus.idempotency.TransactionalEventHandler;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.payload.UserDeleted;
import ng.korrect.service.jdbc.OutboxEnvelopes;

/**
 * The {@code artisan} group's handler of {@code user.deleted} (in every service, {@code erasure.UserErasure}):
 * the user's profile goes with its services, verification applications (and their documents), the reviews of
 * it and the bookings of its artisan; reviews the user wrote stay for their rating, anonymised (author, title
 * and text erased, as free text may name its writer), and the outbox's sent {@code review.created} envelopes of
 * both go, as their title is that free text (the outbox keeps sent envelopes a day; one not sent yet makes the
 * erasure wait, a retriable failure, see {@link OutboxEnvelopes}); bookings the user made as a customer stay
 * for the artisans' figures without the customer's id; and the user is remembered as erased so that their
 * late events store nothing of them. Run under the idempotency guard; it has no permanent failure of its own.
 */
public final class UserErasure implements TransactionalEventHandler<UserDeleted> {

    private static final Set<EventType> REVIEWS = Set.of(EventType.REVIEW_CREATED);

    private final Stores stores;
    private final Clock clock;
    private final OutboxEnvelopes outbox = new OutboxEnvelopes();

    /** Erases from those stores, remembering the user as erased at the clock's time. */
    public UserErasure(Stores stores, Clock clock) {
        this.stores = stores;
        this.clock = clock;
    }

    @Override
    public void handle(Event<UserDeleted> event, Delivery delivery, Connection connection) throws SQLException {
        erase(connection, event.payload().userId());
    }

    private void erase(Connection connection, String userId) throws SQLException {
        stores.erasedUsers().remember(connection, userId, clock.instant());
        Optional<Profile> profile = stores.profiles().findByUser(connection, userId);
        if (profile.isPresent()) {
            String profileId = profile.get().profileId();
            stores.profiles().findForUpdate(connection, profileId); // a review being written finishes first
            stores.applications().deleteOfProfile(connection, profileId);
            stores.reviews().deleteOfProfile(connection, profileId);
            stores.profiles().delete(connection, profileId);
            outbox.forgetSent(connection, REVIEWS, "artisanProfileId", profileId);
        }
        stores.ledger().forgetArtisan(connection, userId);
        stores.ledger().forgetCustomer(connection, userId);
        stores.reviews().anonymiseCustomer(connection, userId);
        outbox.forgetSent(connection, REVIEWS, "customerId", userId);
    }

    /**
     * The stores the erasure touches.
     *
     * @param profiles the profiles
     * @param applications the verification applications
     * @param reviews the reviews
     * @param ledger the bookings read model
     * @param erasedUsers the erased users
     */
    public record Stores(ProfileRepository profiles, ApplicationRepository applications, ReviewRepository reviews,
                         BookingLedger ledger, ErasedUsers erasedUsers) {
    }
}
