package ng.korrect.platform.inbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

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
        try (PreparedStatement insert = tx.prepareStatement("INSERT INTO notifications (" + COLUMNS
                + ", source_event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)")) {
            insert.setString(1, notification.id());
            insert.setString(2, notification.userId());
            insert.setString(3, notification.kind());
            insert.setString(4, notification.title());
            insert.setString(5, notification.body());
            insert.setString(6, notification.data().orElse(null));
            insert.setBoolean(7, notification.urgent());
            insert.setObject(8, utc(notification.createdAt()));
            insert.setString(9, sourceEventId);
            insert.executeUpdate();
        }
        for (String mentioned : mentions) {
            execute(tx, "INSERT INTO notification_mentions (notification_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    notification.id(), mentioned);
        }
    }

    /** A page of the user's inbox, newest first. */
    public List<Notification> page(Connection connection, String userId, boolean unreadOnly, int limit, int offset)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM notifications "
                + "WHERE user_id = ?" + (unreadOnly ? " AND read_at IS NULL" : "") + " ORDER BY seq DESC LIMIT ? OFFSET ?")) {
            select.setString(1, userId);
            select.setInt(2, limit);
            select.setInt(3, offset);
            try (ResultSet rows = select.executeQuery()) {
                List<Notification> page = new ArrayList<>();
                while (rows.next()) {
                    page.add(notification(rows));
                }
                return page;
            }
        }
    }

    /** How many notifications the user has, all or only unread. */
    public long count(Connection connection, String userId, boolean unreadOnly) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM notifications WHERE user_id = ?"
                + (unreadOnly ? " AND read_at IS NULL" : ""))) {
            select.setString(1, userId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** The notification of that id. */
    public Optional<Notification> find(Connection connection, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM notifications WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(notification(rows)) : Optional.empty();
            }
        }
    }

    /** Marks one notification read, keeping the first read time; returns whether it was unread. */
    public boolean markRead(Connection connection, String id, Instant now) throws SQLException {
        return execute(connection, "UPDATE notifications SET read_at = ? WHERE id = ? AND read_at IS NULL", utc(now), id) == 1;
    }

    /** Marks every unread notification of the user read; returns how many. */
    public int markAllRead(Connection connection, String userId, Instant now) throws SQLException {
        return execute(connection, "UPDATE notifications SET read_at = ? WHERE user_id = ? AND read_at IS NULL",
                utc(now), userId);
    }

    /** Marks the user's unread notifications of that kind read; returns how many. */
    public int markKindRead(Connection tx, String userId, String kind, Instant now) throws SQLException {
        return execute(tx, "UPDATE notifications SET read_at = ? WHERE user_id = ? AND kind = ? AND read_at IS NULL",
                utc(now), userId, kind);
    }

    /** Replaces the text and data of every notification of the user with a neutral note. */
    public void eraseTextOf(Connection tx, String userId) throws SQLException {
        execute(tx, "UPDATE notifications SET title = ?, body = ?, data = NULL WHERE user_id = ?",
                ERASED_TITLE, ERASED_BODY, userId);
    }

    /** The notifications (of other users) whose text mentions that user, by id with title and body. */
    public List<NotificationText> mentioning(Connection tx, String userId) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement("SELECT n.id, n.title, n.body FROM notifications n "
                + "JOIN notification_mentions m ON m.notification_id = n.id WHERE m.user_id = ?")) {
            select.setString(1, userId);
            try (ResultSet rows = select.executeQuery()) {
                List<NotificationText> found = new ArrayList<>();
                while (rows.next()) {
                    found.add(new NotificationText(rows.getString(1), rows.getString(2), rows.getString(3)));
                }
                return found;
            }
        }
    }

    /** Rewrites a notification's title and body (after scrubbing a name out of them). */
    public void rewrite(Connection tx, NotificationText text) throws SQLException {
        execute(tx, "UPDATE notifications SET title = ?, body = ? WHERE id = ?", text.title(), text.body(), text.id());
    }

    /** Forgets which notifications mention that user. */
    public void forgetMentionsOf(Connection tx, String userId) throws SQLException {
        execute(tx, "DELETE FROM notification_mentions WHERE user_id = ?", userId);
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
                rows.getBoolean("urgent"), rows.getObject("created_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(rows.getObject("read_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant));
    }

    private static int execute(Connection connection, String sql, Object... parameters) throws SQLException {
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
