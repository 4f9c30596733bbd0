package ng.korrect.platform.inbox;

import java.time.Clock;
import java.util.List;
import ng.korrect.service.ApiException;
import ng.korrect.service.Caller;
import ng.korrect.service.Paging;
import ng.korrect.service.Transactions;

/**
 * The inbox's use cases: a reader pages through an inbox or counts its unread notifications; a recipient marks
 * one or all of their notifications read. Each runs in one transaction; a refused one throws the
 * {@link ApiException} that names why. Who may read which inbox is {@link Inbox}'s rule.
 */
public final class Notifications {

    private final Transactions transactions;
    private final Clock clock;
    private final NotificationRepository notifications = new NotificationRepository();

    /** The notifications of that database, marked read at that clock's time. */
    public Notifications(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * One page of an inbox.
     *
     * @param notifications the page's notifications, newest first
     * @param total how many notifications the inbox holds, of those asked for (all or the unread)
     * @param unread how many of its notifications are unread
     */
    public record Page(List<Notification> notifications, long total, long unread) {

        /** Copies the list. */
        public Page {
            notifications = List.copyOf(notifications);
        }
    }

    /** That page of the inbox's notifications, newest first, the unread only when asked. */
    public Page page(Inbox inbox, boolean unreadOnly, Paging paging) {
        return transactions.inTransaction(tx -> new Page(
                notifications.page(tx.connection(), inbox.userId(), unreadOnly, paging.limit(), paging.offset()),
                notifications.count(tx.connection(), inbox.userId(), unreadOnly),
                notifications.count(tx.connection(), inbox.userId(), true)));
    }

    /** How many of the inbox's notifications are unread. */
    public long unreadCount(Inbox inbox) {
        return transactions.inTransaction(tx -> notifications.count(tx.connection(), inbox.userId(), true));
    }

    /** Marks every notification of the caller's read; how many were unread. */
    public int markAllRead(Caller caller) {
        return transactions.inTransaction(tx -> notifications.markAllRead(tx.connection(), caller.userId(),
                clock.instant()));
    }

    /** Marks the notification read, for its recipient; 404 for an unknown one, 403 for another user's. */
    public Notification markRead(Caller caller, String id) {
        return transactions.inTransaction(tx -> {
            Notification notification = notifications.find(tx.connection(), id)
                    .orElseThrow(() -> ApiException.notFound("no notification " + id));
            if (!notification.userId().equals(caller.userId())) {
                throw ApiException.forbidden("only its recipient marks a notification read");
            }
            notifications.markRead(tx.connection(), id, clock.instant());
            return notifications.find(tx.connection(), id).orElseThrow();
        });
    }
}
