package ng.korrect.platform.people;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ng.korrect.catalog.payload.Role;

/**
 * The users read model ({@code known_users}): contact details, names and roles. Stateless.
 *
 * <p>{@link #find} locks the user's row until the caller's transaction ends, and the erasure of
 * {@code user.deleted} starts with it: a handler about to write a user's name or address waits for an
 * erasure of that user in progress (and then no longer finds them), and an erasure waits for such a
 * handler (and then erases what it wrote). Without the lock, a handler of another stream could read the
 * name before the erasure commits and write it after.
 */
public final class KnownUsers {

    private static final String COLUMNS = "user_id, role, email, first_name, last_name, phone, email_verified";

    /**
     * Stores the user, replacing what was known (the verified flag is kept once set); a user already
     * erased by {@code user.deleted} is not stored again. Returns whether the user was stored.
     */
    public boolean remember(Connection tx, KnownUser user, Instant now) throws SQLException {
        find(tx, user.userId()); // waits for an erasure of the user in progress, so that the check below sees it
        if (wasErased(tx, user.userId())) {
            return false;
        }
        int inserted = execute(tx, "INSERT INTO known_users (" + COLUMNS + ", updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT DO NOTHING", user.userId(), user.role().wireName(), user.email(), user.firstName(),
                user.lastName(), user.phone().orElse(null), user.emailVerified(), utc(now));
        if (inserted == 0) {
            execute(tx, "UPDATE known_users SET role = ?, email = ?, first_name = ?, last_name = ?, phone = ?, "
                            + "email_verified = (email_verified OR ?), updated_at = ? WHERE user_id = ?",
                    user.role().wireName(), user.email(), user.firstName(), user.lastName(), user.phone().orElse(null),
                    user.emailVerified(), utc(now), user.userId());
        }
        return true;
    }

    /** The user, if known, locking their row until the transaction ends (see the class's note). */
    public Optional<KnownUser> find(Connection connection, String userId) throws SQLException {
        List<KnownUser> found = select(connection, "SELECT " + COLUMNS + " FROM known_users WHERE user_id = ? FOR UPDATE",
                userId);
        return found.stream().findFirst();
    }

    /**
     * Locks the rows of these users (those known) until the transaction ends, in the order given, which
     * callers keep the same everywhere (by id), so that two transactions never wait for each other's rows.
     */
    public void lockInOrder(Connection tx, List<String> userIds) throws SQLException {
        for (String userId : userIds) {
            find(tx, userId);
        }
    }

    /** Every known admin. */
    public List<KnownUser> admins(Connection connection) throws SQLException {
        return select(connection, "SELECT " + COLUMNS + " FROM known_users WHERE role = ? ORDER BY user_id",
                Role.ADMIN.wireName());
    }

    /** Records that the user verified their email; returns whether the user is known. */
    public boolean markEmailVerified(Connection tx, String userId, String email, Instant now) throws SQLException {
        return execute(tx, "UPDATE known_users SET email_verified = TRUE, email = ?, updated_at = ? WHERE user_id = ?",
                email, utc(now), userId) == 1;
    }

    /** Forgets the user, and remembers only that the user was erased. */
    public void forget(Connection tx, String userId, Instant now) throws SQLException {
        execute(tx, "DELETE FROM known_users WHERE user_id = ?", userId);
        execute(tx, "INSERT INTO erased_users (user_id, erased_at) VALUES (?, ?) ON CONFLICT DO NOTHING", userId, utc(now));
    }

    /** Whether {@code user.deleted} erased the user. */
    public boolean wasErased(Connection connection, String userId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM erased_users WHERE user_id = ?")) {
            select.setString(1, userId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static List<KnownUser> select(Connection connection, String sql, String parameter) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (ResultSet rows = select.executeQuery()) {
                List<KnownUser> users = new ArrayList<>();
                while (rows.next()) {
                    users.add(new KnownUser(rows.getString(1), Roles.of(rows.getString(2)), rows.getString(3),
                            rows.getString(4), rows.getString(5), Optional.ofNullable(rows.getString(6)), rows.getBoolean(7)));
                }
                return users;
            }
        }
    }

    static int execute(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
