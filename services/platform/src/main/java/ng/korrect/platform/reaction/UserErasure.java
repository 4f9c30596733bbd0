package ng.korrect.platform.reaction;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ng.korrect.bus.EventBus;
import ng.korrect.catalog.payload.UserDeleted;
import ng.korrect.platform.delivery.DeliveryRepository;
import ng.korrect.platform.inbox.NotificationRepository;
import ng.korrect.platform.inbox.NotificationRepository.NotificationText;
import ng.korrect.platform.people.KnownUser;
import ng.korrect.platform.people.KnownUsers;

/**
 * {@code user.deleted}: erases the user's personal data in the platform. Their name and email are
 * scrubbed from other users' notifications that mention them; their own notifications keep only a
 * neutral note; their deliveries lose their addresses and the recording channel's copies are removed;
 * their row in the users read model goes, leaving only a mark that they were erased.
 */
final class UserErasure {

    /** What a deleted user's name becomes in other users' notifications. */
    static final String FORMER_USER = "a former KorrectNG user";

    private final Notifier notifier;
    private final KnownUsers users;
    private final NotificationRepository inbox;
    private final DeliveryRepository deliveries;

    UserErasure(Notifier notifier, KnownUsers users, NotificationRepository inbox, DeliveryRepository deliveries) {
        this.notifier = notifier;
        this.users = users;
        this.inbox = inbox;
        this.deliveries = deliveries;
    }

    void register(EventBus.GroupBuilder group, PeopleFirstGuard guard) {
        group.on(UserDeleted.class, guard.guard((event, delivery, tx) ->
                erase(tx, event.payload().userId(), event.payload().email())));
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
        users.forget(tx, userId, notifier.now());
    }
}
