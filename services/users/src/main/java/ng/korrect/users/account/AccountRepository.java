package ng.korrect.users.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import ng.korrect.catalog.payload.Role;

/**
 * The {@code accounts} table, in plain JDBC on a connection the caller's transaction owns. Emails are
 * unique by their lower-case key (a unique index, so that two registrations racing for one address
 * cannot both commit). Stateless; thread-safe.
 */
public final class AccountRepository {

    private static final String COLUMNS =
            "id, email, first_name, last_name, phone, role, email_verified, created_at, updated_at";

    /** Stores a new account with its password hash. */
    public void insert(Connection connection, Account account, String passwordHash) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO accounts (" + COLUMNS
                + ", email_key, password_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, account.userId());
            insert.setString(2, account.email().value());
            insert.setString(3, account.firstName());
            insert.setString(4, account.lastName());
            insert.setString(5, account.phone().orElse(null));
            insert.setString(6, account.role().wireName());
            insert.setBoolean(7, account.emailVerified());
            insert.setObject(8, utc(account.createdAt()));
            insert.setObject(9, utc(account.updatedAt()));
            insert.setString(10, account.email().key());
            insert.setString(11, passwordHash);
            insert.executeUpdate();
        }
    }

    /** The account of that user. */
    public Optional<Account> find(Connection connection, String userId) throws SQLException {
        return one(connection, "SELECT " + COLUMNS + " FROM accounts WHERE id = ?", userId);
    }

    /** The account of that user, its row locked until the transaction ends. */
    public Optional<Account> findForUpdate(Connection connection, String userId) throws SQLException {
        return one(connection, "SELECT " + COLUMNS + " FROM accounts WHERE id = ? FOR UPDATE", userId);
    }

    /** What a login checks, for the account with that email address (compared case-insensitively). */
    public Optional<Credentials> credentials(Connection connection, String email) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, role, password_hash FROM accounts WHERE email_key = ?")) {
            select.setString(1, EmailAddress.keyOf(email));
            try (ResultSet row = select.executeQuery()) {
                return row.next()
                        ? Optional.of(new Credentials(row.getString(1), role(row.getString(2)), row.getString(3)))
                        : Optional.empty();
            }
        }
    }

    /** Whether an account has that email address, compared case-insensitively. */
    public boolean emailTaken(Connection connection, String email) throws SQLException {
        return exists(connection, "SELECT 1 FROM accounts WHERE email_key = ?", EmailAddress.keyOf(email));
    }

    /** Whether any admin account exists. */
    public boolean anyAdmin(Connection connection) throws SQLException {
        return exists(connection, "SELECT 1 FROM accounts WHERE role = ?", Role.ADMIN.wireName());
    }

    /** Replaces the profile of that user. */
    public void updateProfile(Connection connection, String userId, Profile profile, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE accounts SET first_name = ?, last_name = ?, phone = ?, updated_at = ? WHERE id = ?")) {
            update.setString(1, profile.firstName());
            update.setString(2, profile.lastName());
            update.setString(3, profile.phone().orElse(null));
            update.setObject(4, utc(now));
            update.setString(5, userId);
            update.executeUpdate();
        }
    }

    /** Marks the user's email verified; false when it already was (or there is no such user). */
    public boolean markEmailVerified(Connection connection, String userId, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE accounts SET email_verified = TRUE, updated_at = ? WHERE id = ? AND email_verified = FALSE")) {
            update.setObject(1, utc(now));
            update.setString(2, userId);
            return update.executeUpdate() == 1;
        }
    }

    /** Removes the user's account; false when there was none. */
    public boolean delete(Connection connection, String userId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM accounts WHERE id = ?")) {
            delete.setString(1, userId);
            return delete.executeUpdate() == 1;
        }
    }

    /** Whether the failure is the unique index of emails (SQL state 23505 on PostgreSQL and H2). */
    public static boolean isDuplicateEmail(SQLException failure) {
        return "23505".equals(failure.getSQLState());
    }

    private Optional<Account> one(Connection connection, String sql, String userId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, userId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(account(row)) : Optional.empty();
            }
        }
    }

    private static boolean exists(Connection connection, String sql, String value) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, value);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    private static Account account(ResultSet row) throws SQLException {
        Profile profile = new Profile(row.getString("first_name"), row.getString("last_name"),
                Optional.ofNullable(row.getString("phone")));
        return new Account(row.getString("id"), new EmailAddress(row.getString("email")), profile,
                role(row.getString("role")), row.getBoolean("email_verified"),
                row.getObject("created_at", OffsetDateTime.class).toInstant(),
                row.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    private static Role role(String wireName) {
        return Arrays.stream(Role.values()).filter(role -> role.wireName().equals(wireName)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown role in the accounts table: " + wireName));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
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
