package ng.korrect.users.account;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import ng.korrect.catalog.payload.UserDeleted;
import ng.korrect.catalog.payload.UserUpdated;
import ng.korrect.service.ApiException;
import ng.korrect.service.Transactions;
import ng.korrect.users.mail.MailQueue;
import ng.korrect.users.verification.VerificationTokenRepository;

/**
 * Reading, updating and deleting accounts. An update publishes {@code user.updated} with the names of
 * the fields whose values really changed, and writes and publishes nothing when none did; a deletion
 * removes the user's rows (account and verification links) and publishes {@code user.deleted}.
 * Thread-safe.
 */
public final class Accounts {

    private final Transactions transactions;
    private final AccountRepository accounts;
    private final VerificationTokenRepository tokens;
    private final MailQueue mails;
    private final Clock clock;

    /** Accounts on those tables. */
    public Accounts(Transactions transactions, AccountRepository accounts, VerificationTokenRepository tokens, MailQueue mails,
                    Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.mails = Objects.requireNonNull(mails, "mails");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The user's account; 404 when there is none. */
    public Account get(String userId) {
        return transactions.inTransaction(tx -> accounts.find(tx.connection(), userId).orElseThrow(() -> missing(userId)));
    }

    /** Applies the update and returns the account as it is now; 404 when there is none. */
    public Account update(String userId, ProfileUpdate update) {
        return transactions.inTransaction(tx -> {
            Account current = accounts.findForUpdate(tx.connection(), userId).orElseThrow(() -> missing(userId));
            Profile updated = update.applyTo(current.profile());
            List<String> changes = current.profile().changesTo(updated);
            if (changes.isEmpty()) {
                return current;
            }
            Instant now = clock.instant();
            accounts.updateProfile(tx.connection(), userId, updated, now);
            tx.publish(new UserUpdated(userId, changes));
            return new Account(userId, current.email(), updated, current.role(), current.emailVerified(),
                    current.createdAt(), now);
        });
    }

    /** Deletes the user's account and everything this service holds for them; 404 when there is none. */
    public void delete(String userId) {
        transactions.run(tx -> {
            Account account = accounts.findForUpdate(tx.connection(), userId).orElseThrow(() -> missing(userId));
            forget(tx.connection(), userId);
            tx.publish(new UserDeleted(userId, account.email().value()));
            return null;
        });
    }

    /** Removes whatever is still held for the user, in the caller's transaction; nothing when nothing is. */
    public void forget(Connection connection, String userId) throws SQLException {
        tokens.deleteAllOf(connection, userId);
        mails.deleteAllOf(connection, userId);
        accounts.delete(connection, userId);
    }

    private static ApiException missing(String userId) {
        return ApiException.notFound("no account " + userId);
    }
}
