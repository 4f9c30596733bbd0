package ng.korrect.platform.reaction;

import java.time.Clock;
import ng.korrect.bus.EventBus;
import ng.korrect.bus.idempotency.JdbcIdempotencyGuard;
import ng.korrect.catalog.payload.UserDeleted;
import ng.korrect.platform.delivery.DeliveryRepository;
import ng.korrect.platform.erasure.UserErasure;
import ng.korrect.platform.inbox.NotificationRepository;
import ng.korrect.platform.people.Bookings;
import ng.korrect.platform.people.DisputeParties;
import ng.korrect.platform.people.KnownUsers;
import ng.korrect.service.peer.UsersClient;

/**
 * The handlers of the {@code platform} group: the 20 event types the catalog addresses to the platform
 * (all but {@code user.updated}, which the catalog gives to Artisan only). Every handler runs under the database idempotency
 * guard, so its read model writes, notifications and deliveries commit with the mark that the event was
 * handled: a redelivered event notifies once; and each first locks the people its event names, in one
 * order ({@link PeopleFirstGuard}).
 */
public final class Reactions {

    private Reactions() {
    }

    /** Adds every handler to the group. */
    public static void register(EventBus.GroupBuilder group, JdbcIdempotencyGuard idempotency, UsersClient usersClient,
                                Clock clock) {
        KnownUsers users = new KnownUsers();
        PeopleFirstGuard guard = new PeopleFirstGuard(idempotency, users);
        NotificationRepository inbox = new NotificationRepository();
        DeliveryRepository deliveries = new DeliveryRepository();
        Bookings bookings = new Bookings();
        Notifier notifier = new Notifier(users, inbox, deliveries, usersClient, clock);
        new UserReactions(notifier, users, inbox).register(group, guard);
        group.on(UserDeleted.class, guard.guard(new UserErasure(clock, users, inbox, deliveries)));
        new BookingReactions(notifier, bookings).register(group, guard);
        new PaymentReactions(notifier, bookings).register(group, guard);
        new EscrowReactions(notifier).register(group, guard);
        new DisputeReactions(notifier, new DisputeParties()).register(group, guard);
        new VerificationReactions(notifier, bookings).register(group, guard);
        new MessageReactions(notifier).register(group, guard);
    }
}
