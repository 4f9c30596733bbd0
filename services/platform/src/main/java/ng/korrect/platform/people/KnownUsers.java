package ng.korrect.platform.people;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import ng.korrect.catalog.payload.Role;
import ng.korrect.service.jdbc.Sql;

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
        int inserted = Sql.update(tx, "INSERT INTO known_users (" + COLUMNS + ", updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", user.userId(), user.role().wireName(),
                user.email(), user.firstName(), user.lastName(), user.phone().orElse(null), user.emailVerified(), now);
        if (inserted == 0) {
            Sql.update(tx, "UPDATE known_users SET role = ?, email = ?, first_name = ?, last_name = ?, phone = ?, "
                            + "email_verified = (email_verified OR ?), updated_at = ? WHERE user_id = ?",
                    user.role().wireName(), user.email(), user.firstName(), user.lastName(), user.phone().orElse(null),
                    user.emailVerified(), now, user.userId());
        }
        return true;
    }

    /** The user, if known, locking their row until the transaction ends (see the class's note). */
    public Optional<KnownUser> find(Connection connection, String userId) throws SQLException {
        return Sql.first(connection, KnownUsers::read,
                "SELECT " + COLUMNS + " FROM known_users WHERE user_id = ? FOR UPDATE", userId);
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
        return Sql.list(connection, KnownUsers::read,
                "SELECT " + COLUMNS + " FROM known_users WHERE role = ? ORDER BY user_id", Role.ADMIN.wireName());
    }

    /** Records that the user verified their email; returns whether the user is known. */
    public boolean markEmailVerified(Connection tx, String userId, String email, Instant now) throws SQLException {
        return Sql.update(tx, "UPDATE known_users SET email_verified = TRUE, email = ?, updated_at = ? WHERE user_id = ?",
                email, now, userId) == 1;
    }

    /** Forgets the user, and remembers only that the user was erased. */
    public void forget(Connection tx, String userId, Instant now) throws SQLException {
        Sql.update(tx, "DELETE FROM known_users WHERE user_id = ?", userId);
        Sql.update(tx, "INSERT INTO erased_users (user_id, erased_at) VALUES (?, ?) ON CONFLICT DO NOTHING", userId, now);
    }

    /** Whether {@code user.deleted} erased the user. */
    public boolean wasErased(Connection connection, String userId) throws SQLException {
        return Sql.exists(connection, "SELECT 1 FROM erased_users WHERE user_id = ?", userId);
    }

    private static KnownUser read(ResultSet rows) throws SQLException {
        return new KnownUser(rows.getString(1), Roles.of(rows.getString(2)), rows.getString(3), rows.getString(4),
                rows.getString(5), Optional.ofNullable(rows.getString(6)), rows.getBoolean(7));
    }
}
