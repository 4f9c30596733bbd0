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
import ng.korrect.artisan.profile.OwnerName;
import ng.korrect.artisan.profile.ProfileRepository;
import ng.korrect.bus.Delivery;
import ng.korrect.bus.EventHandler;
import ng.korrect.bus.idempotency.JdbcIdempotencyGuard;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.payload.UserUpdated;
import ng.korrect.service.peer.PeerRefusedException;
import ng.korrect.service.peer.PeerUnavailableException;
import ng.korrect.service.peer.UserAccount;
import ng.korrect.service.peer.UsersClient;

/**
 * {@code user.updated} as the artisan group consumes it. The event names the fields that changed, not their
 * values: when a name the profile copies changed and the user has a profile, the new values are fetched from
 * Users (outside any transaction), then written under the idempotency guard. Users being down fails the
 * delivery for a passing reason ({@link PeerUnavailableException}), and the bus delivers it again later;
 * Users refusing the request itself fails it permanently ({@link PeerRefusedException}), and it goes to the
 * dead letters at once. ({@code user.deleted} is the {@link ng.korrect.artisan.erasure.UserErasure}'s.)
 */
public final class AccountReactions {

    private final DataSource dataSource;
    private final JdbcIdempotencyGuard guard;
    private final UsersClient users;
    private final Clock clock;
    private final ProfileRepository profiles;

    /** Handles events with those parts. */
    public AccountReactions(DataSource dataSource, JdbcIdempotencyGuard guard, UsersClient users, Clock clock,
                            ProfileRepository profiles) {
        this.dataSource = dataSource;
        this.guard = guard;
        this.users = users;
        this.clock = clock;
        this.profiles = profiles;
    }

    /** The handler of {@code user.updated}. */
    public EventHandler<UserUpdated> userUpdated() {
        return this::onUserUpdated;
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
                profiles.syncOwnerName(connection, userId, value.getKey(), value.getValue(), clock.instant());
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
            return profiles.findByUser(connection, userId).isPresent();
        }
    }
}
