package ng.korrect.users.erasure;

import java.sql.Connection;
import java.util.Objects;
import java.util.Set;
import ng.korrect.bus.Delivery;
import ng.korrect.bus.idempotency.TransactionalEventHandler;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.payload.UserDeleted;
import ng.korrect.service.jdbc.OutboxEnvelopes;
import ng.korrect.users.account.Accounts;

/**
 * The {@code users} group's handler of {@code user.deleted} (in every service, {@code erasure.UserErasure}):
 * removes what this service still holds for the user (the account row and its verification links), for a
 * deletion made by another instance or replayed, and the sent outbox envelopes of every type whose payload
 * names the user: the outbox keeps them a day, and those of {@code user.created}, {@code notification.send}
 * and {@code user.deleted} carry the email and names. One not sent yet makes the erasure wait, a retriable
 * failure ({@link OutboxEnvelopes}); it has no permanent one of its own. Run under the idempotency guard, in
 * the guard's transaction, so a second delivery of the same event does nothing.
 */
public final class UserErasure implements TransactionalEventHandler<UserDeleted> {

    private final Accounts accounts;
    private final OutboxEnvelopes envelopes = new OutboxEnvelopes();

    /** A handler that forgets users through those accounts. */
    public UserErasure(Accounts accounts) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
    }

    @Override
    public void handle(Event<UserDeleted> event, Delivery delivery, Connection transaction) throws Exception {
        accounts.forget(transaction, event.payload().userId());
        envelopes.forgetSent(transaction, Set.of(), "userId", event.payload().userId());
    }
}
