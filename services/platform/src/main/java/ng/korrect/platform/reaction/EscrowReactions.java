package ng.korrect.platform.reaction;

import ng.korrect.bus.EventBus;
import ng.korrect.catalog.payload.EscrowFunded;
import ng.korrect.catalog.payload.EscrowRefunded;
import ng.korrect.catalog.payload.EscrowReleased;
import ng.korrect.platform.text.NotificationTexts;

/** {@code escrow.funded} (both parties), {@code escrow.released} (the artisan) and {@code escrow.refunded} (the customer). */
final class EscrowReactions {

    private final Notifier notifier;

    EscrowReactions(Notifier notifier) {
        this.notifier = notifier;
    }

    void register(EventBus.GroupBuilder group, PeopleFirstGuard guard) {
        group.on(EscrowFunded.class, guard.guard((event, delivery, tx) -> {
            EscrowFunded funded = event.payload();
            notifier.notify(tx, event, funded.customerId(), NotificationTexts.escrowFundedForCustomer(funded.amount(),
                    funded.contractId(), notifier.person(tx, funded.artisanId())));
            notifier.notify(tx, event, funded.artisanId(), NotificationTexts.escrowFundedForArtisan(funded.amount(),
                    funded.contractId(), notifier.person(tx, funded.customerId())));
        }));
        group.on(EscrowReleased.class, guard.guard((event, delivery, tx) -> {
            EscrowReleased released = event.payload();
            notifier.notify(tx, event, released.artisanId(), NotificationTexts.escrowReleased(released.amount(),
                    released.milestone(), released.contractId()));
        }));
        group.on(EscrowRefunded.class, guard.guard((event, delivery, tx) -> {
            EscrowRefunded refunded = event.payload();
            notifier.notify(tx, event, refunded.customerId(), NotificationTexts.escrowRefunded(refunded.amount(),
                    refunded.contractId(), refunded.reason()));
        }));
    }
}
