package ng.korrect.platform.reaction;

import java.util.Optional;
import ng.korrect.bus.EventBus;
import ng.korrect.catalog.payload.DisputeEscalated;
import ng.korrect.catalog.payload.DisputeOpened;
import ng.korrect.catalog.payload.DisputeResolved;
import ng.korrect.platform.ReadModelNotReadyException;
import ng.korrect.platform.people.DisputeParties;
import ng.korrect.platform.people.DisputeParties.Parties;
import ng.korrect.platform.text.NotificationTexts;
import ng.korrect.platform.text.Person;

/**
 * {@code dispute.opened} (the dispute parties read model; the admins alerted and the artisan notified),
 * {@code dispute.resolved} (both parties, from the read model; retried until it knows them) and
 * {@code dispute.escalated} (an urgent alert to every admin, through every channel).
 */
final class DisputeReactions {

    private final Notifier notifier;
    private final DisputeParties disputes;

    DisputeReactions(Notifier notifier, DisputeParties disputes) {
        this.notifier = notifier;
        this.disputes = disputes;
    }

    void register(EventBus.GroupBuilder group, PeopleFirstGuard guard) {
        group.on(DisputeOpened.class, guard.guard((event, delivery, tx) -> {
            DisputeOpened opened = event.payload();
            disputes.remember(tx, new Parties(opened.disputeId(), opened.contractId(), opened.customerId(),
                    opened.artisanId(), opened.category()));
            Person customer = notifier.person(tx, opened.customerId());
            Person artisan = notifier.person(tx, opened.artisanId());
            notifier.notifyEach(tx, event, notifier.admins(tx, "dispute " + opened.disputeId()),
                    NotificationTexts.disputeOpenedForAdmin(customer, artisan, opened.contractId(), opened.category(),
                            opened.reason()));
            notifier.notify(tx, event, opened.artisanId(), NotificationTexts.disputeOpenedForArtisan(customer,
                    opened.contractId(), opened.category(), opened.reason()));
        }));
        group.on(DisputeResolved.class, guard.guard((event, delivery, tx) -> {
            DisputeResolved resolved = event.payload();
            Parties parties = disputes.find(tx, resolved.disputeId()).orElseThrow(() -> new ReadModelNotReadyException(
                    "the parties of dispute " + resolved.disputeId() + " are not known yet (from dispute.opened)"));
            var notice = NotificationTexts.disputeResolved(resolved.contractId(), resolved.decision(),
                    resolved.customerRefund(), resolved.artisanPayment());
            notifier.notify(tx, event, parties.customerId(), notice);
            notifier.notify(tx, event, parties.artisanId(), notice);
        }));
        group.on(DisputeEscalated.class, guard.guard((event, delivery, tx) -> {
            DisputeEscalated escalated = event.payload();
            Optional<Parties> parties = disputes.find(tx, escalated.disputeId());
            Optional<String> between = Optional.empty();
            Person[] named = new Person[0];
            if (parties.isPresent()) {
                Person customer = notifier.person(tx, parties.get().customerId());
                Person artisan = notifier.person(tx, parties.get().artisanId());
                between = Optional.of(customer.nameOr("the customer") + " and " + artisan.nameOr("the artisan"));
                named = new Person[] {customer, artisan};
            }
            notifier.notifyEach(tx, event, notifier.admins(tx, "dispute " + escalated.disputeId()),
                    NotificationTexts.disputeEscalated(escalated.disputeId(), escalated.daysOpen(), escalated.reason(),
                            between).mentioning(named));
        }));
    }
}
