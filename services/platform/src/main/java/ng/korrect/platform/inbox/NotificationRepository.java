package ng.korrect.platform.inbox;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import ng.korrect.service.jdbc.Sql;

/** The {@code notifications} table (and the names each one mentions). Stateless. */
public final class NotificationRepository {

    private static final String COLUMNS = "id, user_id, kind, title, body, data, urgent, created_at, read_at";
    /** What an erased notification's title becomes. */
    public static final String ERASED_TITLE = "Removed";
    /** What an erased notification's text becomes. */
    public static final String ERASED_BODY = "This notification was removed when the account was deleted.";

    /** Writes a notification, and which users' names its text carries. */
    public void insert(Connection tx, Notification notification, String sourceEventId, Collection<String> mentions)
            throws SQLException {
        Sql.update(tx, "INSERT INTO notifications (" + COLUMNS
                        + ", source_event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)",
                notification.id(), notification.userId(), notification.kind(), notification.title(), notification.body(),
                notification.data().orElse(null), notification.urgent(), notification.createdAt(), sourceEventId);
        Sql.batch(tx, "INSERT INTO notification_mentions (notification_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                mentions.stream().map(mentioned -> new Object[] {notification.id(), mentioned}).toList());
    }

    /** A page of the user's inbox, newest first. */
    public List<Notification> page(Connection connection, String userId, boolean unreadOnly, int limit, int offset)
            throws SQLException {
        return Sql.list(connection, NotificationRepository::notification, "SELECT " + COLUMNS + " FROM notifications "
                + "WHERE user_id = ?" + (unreadOnly ? " AND read_at IS NULL" : "") + " ORDER BY seq DESC LIMIT ? OFFSET ?",
                userId, limit, offset);
    }

    /** How many notifications the user has, all or only unread. */
    public long count(Connection connection, String userId, boolean unreadOnly) throws SQLException {
        return Sql.count(connection, "SELECT COUNT(*) FROM notifications WHERE user_id = ?"
                + (unreadOnly ? " AND read_at IS NULL" : ""), userId);
    }

    /** The notification of that id. */
    public Optional<Notification> find(Connection connection, String id) throws SQLException {
        return Sql.first(connection, NotificationRepository::notification,
                "SELECT " + COLUMNS + " FROM notifications WHERE id = ?", id);
    }

    /** Marks one notification read, keeping the first read time; returns whether it was unread. */
    public boolean markRead(Connection connection, String id, Instant now) throws SQLException {
        return Sql.update(connection, "UPDATE notifications SET read_at = ? WHERE id = ? AND read_at IS NULL", now, id) == 1;
    }

    /** Marks every unread notification of the user read; returns how many. */
    public int markAllRead(Connection connection, String userId, Instant now) throws SQLException {
        return Sql.update(connection, "UPDATE notifications SET read_at = ? WHERE user_id = ? AND read_at IS NULL",
                now, userId);
    }

    /** Marks the user's unread notifications of that kind read; returns how many. */
    public int markKindRead(Connection tx, String userId, String kind, Instant now) throws SQLException {
        return Sql.update(tx, "UPDATE notifications SET read_at = ? WHERE user_id = ? AND kind = ? AND read_at IS NULL",
                now, userId, kind);
    }

    /** Replaces the text and data of every notification of the user with a neutral note. */
    public void eraseTextOf(Connection tx, String userId) throws SQLException {
        Sql.update(tx, "UPDATE notifications SET title = ?, body = ?, data = NULL WHERE user_id = ?",
                ERASED_TITLE, ERASED_BODY, userId);
    }

    /** The notifications (of other users) whose text mentions that user, by id with title and body. */
    public List<NotificationText> mentioning(Connection tx, String userId) throws SQLException {
        return Sql.list(tx, rows -> new NotificationText(rows.getString(1), rows.getString(2), rows.getString(3)),
                "SELECT n.id, n.title, n.body FROM notifications n "
                + "JOIN notification_mentions m ON m.notification_id = n.id WHERE m.user_id = ?", userId);
    }

    /** Rewrites a notification's title and body (after scrubbing a name out of them). */
    public void rewrite(Connection tx, NotificationText text) throws SQLException {
        Sql.update(tx, "UPDATE notifications SET title = ?, body = ? WHERE id = ?", text.title(), text.body(), text.id());
    }

    /** Forgets which notifications mention that user. */
    public void forgetMentionsOf(Connection tx, String userId) throws SQLException {
        Sql.update(tx, "DELETE FROM notification_mentions WHERE user_id = ?", userId);
    }

    /**
     * The text of one notification.
     *
     * @param id the notification's id
     * @param title its title
     * @param body its text
     */
    public record NotificationText(String id, String title, String body) {

        /**
         * The text with every occurrence of each of those strings replaced by {@code replacement}
         * (capitalised where it starts the text).
         */
        public NotificationText without(Collection<String> personal, String replacement) {
            return new NotificationText(id, scrub(title, personal, replacement), scrub(body, personal, replacement));
        }

        private static String scrub(String text, Collection<String> personal, String replacement) {
            String scrubbed = text;
            for (String value : personal) {
                if (!value.isBlank()) {
                    if (scrubbed.startsWith(value)) {
                        scrubbed = Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1)
                                + scrubbed.substring(value.length());
                    }
                    scrubbed = scrubbed.replace(value, replacement);
                }
            }
            return scrubbed;
        }
    }

    private static Notification notification(ResultSet rows) throws SQLException {
        return new Notification(rows.getString("id"), rows.getString("user_id"), rows.getString("kind"),
                rows.getString("title"), rows.getString("body"), Optional.ofNullable(rows.getString("data")),
                rows.getBoolean("urgent"), Sql.instant(rows, "created_at"), Sql.optionalInstant(rows, "read_at"));
    }
}
