package ng.korrect.platform.reaction;

import ng.korrect.bus.EventBus;
import ng.korrect.catalog.payload.VerificationApproved;
import ng.korrect.catalog.payload.VerificationRejected;
import ng.korrect.catalog.payload.VerificationSubmitted;
import ng.korrect.platform.people.Bookings;
import ng.korrect.platform.text.NotificationTexts;

/**
 * {@code verification.submitted} (the admins), {@code verification.approved} (congratulations) and
 * {@code verification.rejected} (the reason); each also records who owns the artisan profile.
 */
final class VerificationReactions {

    private final Notifier notifier;
    private final Bookings owners;

    VerificationReactions(Notifier notifier, Bookings owners) {
        this.notifier = notifier;
        this.owners = owners;
    }

    void register(EventBus.GroupBuilder group, PeopleFirstGuard guard) {
        group.on(VerificationSubmitted.class, guard.guard((event, delivery, tx) -> {
            VerificationSubmitted submitted = event.payload();
            owners.rememberOwner(tx, submitted.artisanProfileId(), submitted.userId());
            notifier.notifyEach(tx, event, notifier.admins(tx, "application " + submitted.applicationId()),
                    NotificationTexts.verificationSubmitted(notifier.person(tx, submitted.userId()),
                            submitted.applicationId()));
        }));
        group.on(VerificationApproved.class, guard.guard((event, delivery, tx) -> {
            VerificationApproved approved = event.payload();
            owners.rememberOwner(tx, approved.artisanProfileId(), approved.userId());
            notifier.notify(tx, event, approved.userId(), NotificationTexts.verificationApproved());
        }));
        group.on(VerificationRejected.class, guard.guard((event, delivery, tx) -> {
            VerificationRejected rejected = event.payload();
            owners.rememberOwner(tx, rejected.artisanProfileId(), rejected.userId());
            notifier.notify(tx, event, rejected.userId(), NotificationTexts.verificationRejected(rejected.reason()));
        }));
    }
}
