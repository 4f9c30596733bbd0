package ng.korrect.users.account;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import ng.korrect.catalog.payload.Role;
import ng.korrect.service.jdbc.Sql;

/**
 * The {@code accounts} table, through the kit's {@link Sql} on a connection the caller's transaction owns. Emails are
 * unique by their lower-case key (a unique index, so that two registrations racing for one address
 * cannot both commit). Stateless; thread-safe.
 */
public final class AccountRepository {

    private static final String COLUMNS =
            "id, email, first_name, last_name, phone, role, email_verified, created_at, updated_at";

    /** Stores a new account with its password hash. */
    public void insert(Connection connection, Account account, String passwordHash) throws SQLException {
        Sql.update(connection, "INSERT INTO accounts (" + COLUMNS + ", email_key, password_hash) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                account.userId(), account.email().value(), account.firstName(), account.lastName(),
                account.phone().orElse(null), account.role().wireName(), account.emailVerified(), account.createdAt(),
                account.updatedAt(), account.email().key(), passwordHash);
    }

    /** The account of that user. */
    public Optional<Account> find(Connection connection, String userId) throws SQLException {
        return Sql.first(connection, AccountRepository::account, "SELECT " + COLUMNS + " FROM accounts WHERE id = ?",
                userId);
    }

    /** The account of that user, its row locked until the transaction ends. */
    public Optional<Account> findForUpdate(Connection connection, String userId) throws SQLException {
        return Sql.first(connection, AccountRepository::account,
                "SELECT " + COLUMNS + " FROM accounts WHERE id = ? FOR UPDATE", userId);
    }

    /** What a login checks, for the account with that email address (compared case-insensitively). */
    public Optional<Credentials> credentials(Connection connection, String email) throws SQLException {
        return Sql.first(connection, row -> new Credentials(row.getString(1), role(row.getString(2)), row.getString(3)),
                "SELECT id, role, password_hash FROM accounts WHERE email_key = ?", EmailAddress.keyOf(email));
    }

    /** Whether an account has that email address, compared case-insensitively. */
    public boolean emailTaken(Connection connection, String email) throws SQLException {
        return Sql.exists(connection, "SELECT 1 FROM accounts WHERE email_key = ?", EmailAddress.keyOf(email));
    }

    /** Whether any admin account exists. */
    public boolean anyAdmin(Connection connection) throws SQLException {
        return Sql.exists(connection, "SELECT 1 FROM accounts WHERE role = ?", Role.ADMIN.wireName());
    }

    /**
     * On PostgreSQL, waits for and takes, until the transaction ends, the lock that instances of the service on
     * one schema take before they look for an admin and create the first ({@code pg_advisory_xact_lock}); on H2,
     * whose file one process holds, nothing.
     */
    public void lockFirstAdmin(Connection connection) throws SQLException {
        if (connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
            Sql.first(connection, row -> Boolean.TRUE,
                    "SELECT pg_advisory_xact_lock(hashtext(current_schema() || ?))::text", ".accounts.first-admin");
        }
    }

    /** Replaces the profile of that user. */
    public void updateProfile(Connection connection, String userId, Profile profile, Instant now) throws SQLException {
        Sql.update(connection, "UPDATE accounts SET first_name = ?, last_name = ?, phone = ?, updated_at = ? WHERE id = ?",
                profile.firstName(), profile.lastName(), profile.phone().orElse(null), now, userId);
    }

    /** Marks the user's email verified; false when it already was (or there is no such user). */
    public boolean markEmailVerified(Connection connection, String userId, Instant now) throws SQLException {
        return Sql.update(connection, "UPDATE accounts SET email_verified = TRUE, updated_at = ? "
                + "WHERE id = ? AND email_verified = FALSE", now, userId) == 1;
    }

    /** Removes the user's account; false when there was none. */
    public boolean delete(Connection connection, String userId) throws SQLException {
        return Sql.update(connection, "DELETE FROM accounts WHERE id = ?", userId) == 1;
    }

    /** Whether the failure is the unique index of emails (a unique violation, SQL state 23505 on PostgreSQL and H2). */
    public static boolean isDuplicateEmail(SQLException failure) {
        return Sql.isUniqueViolation(failure);
    }

    private static Account account(ResultSet row) throws SQLException {
        Profile profile = new Profile(row.getString("first_name"), row.getString("last_name"),
                Optional.ofNullable(row.getString("phone")));
        return new Account(row.getString("id"), new EmailAddress(row.getString("email")), profile,
                role(row.getString("role")), row.getBoolean("email_verified"), Sql.instant(row, "created_at"),
                Sql.instant(row, "updated_at"));
    }

    private static Role role(String wireName) {
        return Arrays.stream(Role.values()).filter(role -> role.wireName().equals(wireName)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown role in the accounts table: " + wireName));
    }

    /**
     * What a login compares.
     *
     * @param userId the account's user id
     * @param role its role
     * @param passwordHash the bcrypt hash of its password
     */
    public record Credentials(String userId, Role role, String passwordHash) {
    }
}
