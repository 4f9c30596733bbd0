package ng.korrect.users.account;

import java.sql.Connection;
import java.util.Objects;
import ng.korrect.bus.Delivery;
import ng.korrect.bus.idempotency.TransactionalEventHandler;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.payload.UserDeleted;

/**
 * The {@code users} group's handler of {@code user.deleted}: removes what this service still holds for
 * the user (the account row and its verification links), for a deletion made by another instance or
 * replayed, and the sent outbox envelopes that name the user (they carry the email and names). Run under the idempotency guard, in the guard's transaction, so a second delivery of the
 * same event does nothing.
 */
public final class AccountCleanup implements TransactionalEventHandler<UserDeleted> {

    private final Accounts accounts;
    private final SentEnvelopes envelopes = new SentEnvelopes();

    /** A handler that forgets users through those accounts. */
    public AccountCleanup(Accounts accounts) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
    }

    @Override
    public void handle(Event<UserDeleted> event, Delivery delivery, Connection transaction) throws Exception {
        accounts.forget(transaction, event.payload().userId());
        envelopes.forget(transaction, event.payload().userId());
    }
}
