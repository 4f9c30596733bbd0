package ng.korrect.users.admin;

import java.util.Objects;
import ng.korrect.catalog.payload.Role;
import ng.korrect.service.ApiException;
import ng.korrect.service.Transactions;
import ng.korrect.users.account.AccountRepository;
import ng.korrect.users.account.EmailAddress;
import ng.korrect.users.auth.PasswordPolicy;
import ng.korrect.users.auth.Registrations;

/**
 * Creates the first admin account: admins cannot register themselves, so the operator's first start
 * makes one (email verified, {@code user.created} with role admin through the outbox) when none
 * exists. Thread-safe, and safe for instances on one PostgreSQL schema that start at once, with the same or
 * different emails: the transaction that creates the admin first takes a lock that all of them take
 * ({@link AccountRepository#lockFirstAdmin}), then looks for an admin, so one admin is created.
 */
public final class AdminBootstrap {

    /** The first name of the first admin. */
    public static final String FIRST_NAME = "Korrect";
    /** The last name of the first admin. */
    public static final String LAST_NAME = "Admin";

    private final Transactions transactions;
    private final AccountRepository accounts;
    private final Registrations registrations;

    /** A bootstrap that creates through those registrations. */
    public AdminBootstrap(Transactions transactions, AccountRepository accounts, Registrations registrations) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.registrations = Objects.requireNonNull(registrations, "registrations");
    }

    /**
     * Creates an admin with that login when no admin exists and returns true; returns false otherwise.
     *
     * @throws IllegalArgumentException when the email is not an address or the password too weak
     * @throws IllegalStateException when no admin exists but the email belongs to another account
     */
    public synchronized boolean ensureAdmin(String email, String password) {
        if (!EmailAddress.isValid(email)) {
            throw new IllegalArgumentException("the admin email is not an email address: " + email);
        }
        PasswordPolicy.weakness(password, email).ifPresent(reason -> {
            throw new IllegalArgumentException("the admin password " + reason);
        });
        if (adminExists()) {
            return false;
        }
        try {
            return registrations.createVerifiedIf(new Registrations.NewUser(new EmailAddress(email), password, FIRST_NAME,
                    LAST_NAME, Role.ADMIN), connection -> {
                        accounts.lockFirstAdmin(connection);
                        return !accounts.anyAdmin(connection);
                    }).isPresent();
        } catch (ApiException duplicate) {
            if (adminExists()) {
                return false;
            }
            throw new IllegalStateException("no admin exists, but " + email + " belongs to another account", duplicate);
        }
    }

    private boolean adminExists() {
        return transactions.inTransaction(tx -> accounts.anyAdmin(tx.connection()));
    }
}
