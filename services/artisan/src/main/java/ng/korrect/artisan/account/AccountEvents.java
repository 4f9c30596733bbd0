package ng.korrect.artisan.account;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import ng.korrect.artisan.figures.BookingLedger;
import ng.korrect.artisan.profile.OwnerName;
import ng.korrect.artisan.profile.Profile;
import ng.korrect.artisan.profile.ProfileRepository;
import ng.korrect.artisan.review.ReviewRepository;
import ng.korrect.artisan.verification.ApplicationRepository;
import ng.korrect.bus.Delivery;
import ng.korrect.bus.EventHandler;
import ng.korrect.bus.idempotency.JdbcIdempotencyGuard;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.payload.UserDeleted;
import ng.korrect.catalog.payload.UserUpdated;
import ng.korrect.service.jdbc.OutboxEnvelopes;
import ng.korrect.service.peer.UserAccount;
import ng.korrect.service.peer.UsersClient;

/**
 * The user events the artisan group consumes.
 *
 * <p>{@code user.updated} names the fields that changed, not their values: when a name the profile
 * copies changed and the user has a profile, the new values are fetched from Users (outside any
 * transaction), then written under the idempotency guard. Users being down fails the delivery, and the
 * bus delivers it again later.
 *
 * <p>{@code user.deleted}: the user's profile goes with its services, verification applications (and
 * their documents), the reviews of it and the bookings of its artisan; reviews the user wrote stay for
 * their rating, anonymised (author, title and text erased, as free text may name its writer), and the
 * outbox's sent {@code review.created} envelopes of both go, as their title is that free text (the
 * outbox keeps sent envelopes a day; one not sent yet makes the erasure wait, see {@link OutboxEnvelopes}); bookings
 * the user made as a customer stay for the artisans' figures without the customer's id; and the user is
 * remembered as erased so that their late events store nothing of them.
 */
public final class AccountEvents {

    private static final Set<EventType> REVIEWS = Set.of(EventType.REVIEW_CREATED);

    private final DataSource dataSource;
    private final JdbcIdempotencyGuard guard;
    private final UsersClient users;
    private final Clock clock;
    private final Stores stores;

    /** Handles events with those parts. */
    public AccountEvents(DataSource dataSource, JdbcIdempotencyGuard guard, UsersClient users, Clock clock, Stores stores) {
        this.dataSource = dataSource;
        this.guard = guard;
        this.users = users;
        this.clock = clock;
        this.stores = stores;
    }

    /** The handler of {@code user.updated}. */
    public EventHandler<UserUpdated> userUpdated() {
        return this::onUserUpdated;
    }

    /** The handler of {@code user.deleted}, guarded. */
    public EventHandler<UserDeleted> userDeleted() {
        return guard.guard((event, delivery, connection) -> erase(connection, event.payload().userId()));
    }

    private void onUserUpdated(Event<UserUpdated> event, Delivery delivery) throws Exception {
        String userId = event.payload().userId();
        if (copiedFieldsIn(event.payload()).isEmpty() || !hasProfile(userId)) {
            return;
        }
        Optional<UserAccount> account = users.account(userId);
        if (account.isEmpty()) {
            return;
        }
        Map<OwnerName, String> values = new EnumMap<>(OwnerName.class);
        for (OwnerName field : copiedFieldsIn(event.payload())) {
            account.get().field(field.userField()).ifPresent(value -> values.put(field, value));
        }
        guard.<UserUpdated>guard((handled, again, connection) -> {
            for (Map.Entry<OwnerName, String> value : values.entrySet()) {
                stores.profiles().syncOwnerName(connection, userId, value.getKey(), value.getValue(), clock.instant());
            }
        }).handle(event, delivery);
    }

    private static Set<OwnerName> copiedFieldsIn(UserUpdated updated) {
        Set<OwnerName> fields = EnumSet.noneOf(OwnerName.class);
        for (OwnerName field : OwnerName.values()) {
            if (updated.changes().contains(field.userField())) {
                fields.add(field);
            }
        }
        return fields;
    }

    private boolean hasProfile(String userId) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return stores.profiles().findByUser(connection, userId).isPresent();
        }
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
            stores.outbox().forgetSent(connection, REVIEWS, "artisanProfileId", profileId);
        }
        stores.ledger().forgetArtisan(connection, userId);
        stores.ledger().forgetCustomer(connection, userId);
        stores.reviews().anonymiseCustomer(connection, userId);
        stores.outbox().forgetSent(connection, REVIEWS, "customerId", userId);
    }

    /**
     * The stores erasure and sync touch.
     *
     * @param profiles the profiles
     * @param applications the verification applications
     * @param reviews the reviews
     * @param ledger the bookings read model
     * @param erasedUsers the erased users
     * @param outbox the outbox's sent envelopes
     */
    public record Stores(ProfileRepository profiles, ApplicationRepository applications, ReviewRepository reviews,
                         BookingLedger ledger, ErasedUsers erasedUsers, OutboxEnvelopes outbox) {
    }
}
