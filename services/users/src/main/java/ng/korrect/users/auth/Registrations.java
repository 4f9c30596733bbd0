package ng.korrect.users.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import ng.korrect.catalog.payload.Role;
import ng.korrect.catalog.payload.UserCreated;
import ng.korrect.service.ApiException;
import ng.korrect.service.DatabaseException;
import ng.korrect.service.Transactions;
import ng.korrect.users.account.Account;
import ng.korrect.users.account.AccountRepository;
import ng.korrect.users.account.EmailAddress;
import ng.korrect.users.account.Profile;
import ng.korrect.users.verification.EmailVerifications;

/**
 * Creates accounts: the row, {@code user.created}, and (for an unverified address) the verification
 * link and the {@code notification.send} that mails it, all in one transaction. The password is hashed
 * before the transaction opens, so that the slow hash holds no connection. An address already taken,
 * compared case-insensitively, is a 409, also when two registrations race (the unique index decides).
 * Thread-safe.
 */
public final class Registrations {

    private static final String UNIQUE_VIOLATION = "23505";

    private final Transactions transactions;
    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final EmailVerifications verifications;
    private final Clock clock;

    /** Registrations on those tables, hashing with that hasher. */
    public Registrations(Transactions transactions, AccountRepository accounts, PasswordHasher hasher,
                         EmailVerifications verifications, Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.verifications = Objects.requireNonNull(verifications, "verifications");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Registers a user whose address still needs verifying; returns the new account. */
    public Account register(NewUser user) {
        return create(user, false, connection -> true).orElseThrow();
    }

    /**
     * Creates an account whose address counts as verified (no link is sent), e.g. the first admin;
     * returns the new account.
     */
    public Account createVerified(NewUser user) {
        return create(user, true, connection -> true).orElseThrow();
    }

    /**
     * Creates the account as {@link #createVerified} does when the precondition, checked first in the creating
     * transaction, holds; empty when it does not, with nothing written.
     */
    public Optional<Account> createVerifiedIf(NewUser user, Precondition precondition) {
        return create(user, true, precondition);
    }

    /** A check made in the transaction that would create an account, before anything is written. */
    @FunctionalInterface
    public interface Precondition {
        /** Whether the account may be created; may lock what it reads until the transaction ends. */
        boolean holds(java.sql.Connection connection) throws java.sql.SQLException;
    }

    private Optional<Account> create(NewUser user, boolean verified, Precondition precondition) {
        String passwordHash = hasher.hash(user.password());
        Instant now = clock.instant();
        Account account = new Account(UUID.randomUUID().toString(), user.email(),
                new Profile(user.firstName(), user.lastName(), Optional.empty()), user.role(), verified, now, now);
        try {
            return Optional.ofNullable(transactions.inTransaction(tx -> {
                if (!precondition.holds(tx.connection())) {
                    return null;
                }
                if (accounts.emailTaken(tx.connection(), user.email().value())) {
                    throw duplicate();
                }
                accounts.insert(tx.connection(), account, passwordHash);
                tx.publish(new UserCreated(account.userId(), account.email().value(), account.firstName(),
                        account.lastName(), account.role()));
                if (!verified) {
                    verifications.issue(tx, account);
                }
                return account;
            }));
        } catch (DatabaseException e) {
            throw UNIQUE_VIOLATION.equals(e.sqlState()) ? duplicate() : e;
        }
    }

    private static ApiException duplicate() {
        return ApiException.conflict("an account with this email address already exists");
    }

    /**
     * What a registration gives.
     *
     * @param email the address
     * @param password the password in clear, checked against {@link PasswordPolicy} by the caller
     * @param firstName the first name
     * @param lastName the last name
     * @param role the role
     */
    public record NewUser(EmailAddress email, String password, String firstName, String lastName, Role role) {

        /** Rejects nulls. */
        public NewUser {
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(password, "password");
            Objects.requireNonNull(firstName, "firstName");
            Objects.requireNonNull(lastName, "lastName");
            Objects.requireNonNull(role, "role");
        }

        /** Hides the password from logs. */
        @Override
        public String toString() {
            return "NewUser[email=" + email.value() + ", role=" + role.wireName() + "]";
        }
    }
}
