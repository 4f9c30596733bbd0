package ng.korrect.platform.reaction;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import ng.korrect.bus.EventHandler;
import ng.korrect.bus.idempotency.JdbcIdempotencyGuard;
import ng.korrect.bus.idempotency.TransactionalEventHandler;
import ng.korrect.catalog.payload.EventPayload;
import ng.korrect.platform.people.KnownUsers;

/**
 * The platform's idempotency guard, which first locks the rows of the people an event names, in the order
 * of their ids. A handler reads the people it names with their rows locked ({@link KnownUsers}, for the
 * erasure), and handlers named them in different orders: one of {@code booking.created} (customer, then
 * artisan) and one of {@code booking.confirmed} (artisan, then customer) of the same two people could
 * each hold one row and wait for the other. Taking them all first, in one order, leaves no such cycle;
 * the handler's own reads then find the rows already held.
 */
final class PeopleFirstGuard {

    /** The payload fields that hold user ids. */
    private static final Set<String> PEOPLE = Set.of("userId", "customerId", "artisanId", "senderId", "recipientId");

    private final JdbcIdempotencyGuard guard;
    private final KnownUsers users;

    PeopleFirstGuard(JdbcIdempotencyGuard guard, KnownUsers users) {
        this.guard = guard;
        this.users = users;
    }

    /** The handler, run under the idempotency guard once the people of its event are locked in order. */
    <P extends EventPayload> EventHandler<P> guard(TransactionalEventHandler<P> handler) {
        return guard.guard((event, delivery, tx) -> {
            users.lockInOrder(tx, people(event.payload()));
            handler.handle(event, delivery, tx);
        });
    }

    /** The user ids a payload names, in order. */
    static List<String> people(EventPayload payload) {
        TreeSet<String> ids = new TreeSet<>();
        for (RecordComponent component : payload.getClass().getRecordComponents()) {
            if (PEOPLE.contains(component.getName()) && component.getType() == String.class) {
                try {
                    ids.add((String) component.getAccessor().invoke(payload));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + component.getName() + " of " + payload, e);
                }
            }
        }
        return List.copyOf(ids);
    }
}
