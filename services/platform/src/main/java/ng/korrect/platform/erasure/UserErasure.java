package ng.korrect.platform.erasure;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ng.korrect.bus.Delivery;
import ng.korrect.bus.idempotency.TransactionalEventHandler;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.payload.UserDeleted;
import ng.korrect.platform.delivery.DeliveryRepository;
import ng.korrect.platform.inbox.NotificationRepository;
import ng.korrect.platform.inbox.NotificationRepository.NotificationText;
import ng.korrect.platform.people.KnownUser;
import ng.korrect.platform.people.KnownUsers;

/**
 * The {@code platform} group's handler of {@code user.deleted} (in every service, {@code erasure.UserErasure}):
 * erases the user's personal data in the platform. Their name and email are scrubbed from other users'
 * notifications that mention them; their own notifications keep only a neutral note; their deliveries lose
 * their addresses and the recording channel's copies are removed; their row in the users read model goes,
 * leaving only a mark that they were erased. Registered among the platform's reactions, under their guard
 * (the idempotency guard, the people locked first). Its only failures are the database's, which are
 * retriable; it has no permanent one.
 */
public final class UserErasure implements TransactionalEventHandler<UserDeleted> {

    /** What a deleted user's name becomes in other users' notifications. */
    private static final String FORMER_USER = "a former KorrectNG user";

    private final Clock clock;
    private final KnownUsers users;
    private final NotificationRepository inbox;
    private final DeliveryRepository deliveries;

    /** Erases from those tables, marking the user erased at the clock's time. */
    public UserErasure(Clock clock, KnownUsers users, NotificationRepository inbox, DeliveryRepository deliveries) {
        this.clock = clock;
        this.users = users;
        this.inbox = inbox;
        this.deliveries = deliveries;
    }

    @Override
    public void handle(Event<UserDeleted> event, Delivery delivery, Connection tx) throws SQLException {
        erase(tx, event.payload().userId(), event.payload().email());
    }

    private void erase(Connection tx, String userId, String email) throws SQLException {
        Optional<KnownUser> known = users.find(tx, userId);
        List<String> personal = new ArrayList<>();
        known.ifPresent(user -> personal.addAll(List.of(user.fullName(), user.email())));
        personal.add(email);
        for (NotificationText text : inbox.mentioning(tx, userId)) {
            inbox.rewrite(tx, text.without(personal, FORMER_USER));
        }
        inbox.forgetMentionsOf(tx, userId);
        inbox.eraseTextOf(tx, userId);
        deliveries.eraseAddresses(tx, userId);
        users.forget(tx, userId, clock.instant());
    }
}
