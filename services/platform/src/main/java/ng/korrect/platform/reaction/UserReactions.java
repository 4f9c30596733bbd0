package ng.korrect.platform.reaction;

import java.util.Optional;
import ng.korrect.bus.EventBus;
import ng.korrect.catalog.payload.UserCreated;
import ng.korrect.catalog.payload.UserEmailVerified;
import ng.korrect.platform.inbox.NotificationRepository;
import ng.korrect.platform.people.KnownUser;
import ng.korrect.platform.people.KnownUsers;
import ng.korrect.platform.text.NotificationTexts;

/**
 * {@code user.created} (the users read model, a welcome) and {@code user.email_verified} (the verification status: the link's notification marked read, a confirmation).
 */
final class UserReactions {

    private final Notifier notifier;
    private final KnownUsers users;
    private final NotificationRepository inbox;

    UserReactions(Notifier notifier, KnownUsers users, NotificationRepository inbox) {
        this.notifier = notifier;
        this.users = users;
        this.inbox = inbox;
    }

    void register(EventBus.GroupBuilder group, PeopleFirstGuard guard) {
        group.on(UserCreated.class, guard.guard((event, delivery, tx) -> {
            UserCreated user = event.payload();
            boolean stored = users.remember(tx, new KnownUser(user.userId(), user.role(), user.email(), user.firstName(),
                    user.lastName(), Optional.empty(), false), notifier.now());
            if (stored) {
                notifier.notify(tx, event, user.userId(), NotificationTexts.welcome(user.firstName(), user.role()));
            }
        }));
        group.on(UserEmailVerified.class, guard.guard((event, delivery, tx) -> {
            UserEmailVerified verified = event.payload();
            users.markEmailVerified(tx, verified.userId(), verified.email(), notifier.now());
            inbox.markKindRead(tx, verified.userId(), NotificationTexts.EMAIL_VERIFICATION, notifier.now());
            notifier.notify(tx, event, verified.userId(), NotificationTexts.emailVerified(verified.email()));
        }));
    }
}
