package ng.korrect.platform.reaction;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import ng.korrect.bus.PermanentFailureException;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.payload.NotificationType;
import ng.korrect.platform.ReadModelNotReadyException;
import ng.korrect.platform.delivery.DeliveryRepository;
import ng.korrect.platform.inbox.Notification;
import ng.korrect.platform.inbox.NotificationRepository;
import ng.korrect.platform.people.KnownUser;
import ng.korrect.platform.people.KnownUsers;
import ng.korrect.platform.text.Notice;
import ng.korrect.platform.text.Person;
import ng.korrect.service.peer.PeerRefusedException;
import ng.korrect.service.peer.PeerUnavailableException;
import ng.korrect.service.peer.UsersClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes notifications inside a handler's transaction: the inbox row and one delivery per channel,
 * addressed from the users read model (push goes to the user id, SMS to the phone, email to the
 * address). No event carries a phone number (the catalog gives {@code user.updated} to Artisan only), so
 * when an SMS needs one the read model lacks, the notifier asks the Users service once and remembers
 * the answer; without one, the SMS is left out. Also resolves people's names and the admins. Thread-safe (stateless apart from the clock).
 */
public final class Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);
    /** The longest title an inbox notification keeps, in characters ({@code notifications.title}). */
    static final int MAX_TITLE_LENGTH = 500;

    private final KnownUsers users;
    private final NotificationRepository inbox;
    private final DeliveryRepository deliveries;
    private final UsersClient usersClient;
    private final Clock clock;

    /** A notifier over those tables. */
    public Notifier(KnownUsers users, NotificationRepository inbox, DeliveryRepository deliveries,
                    UsersClient usersClient, Clock clock) {
        this.users = Objects.requireNonNull(users, "users");
        this.inbox = Objects.requireNonNull(inbox, "inbox");
        this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
        this.usersClient = Objects.requireNonNull(usersClient, "usersClient");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Notifies the recipient: the inbox, and each channel of the notice whose address is known (a
     * channel without one is left out: the notice is not worth holding the event back for).
     */
    public void notify(Connection tx, Event<?> cause, String recipientId, Notice notice) throws SQLException {
        Optional<KnownUser> recipient = withPhoneIfNeeded(tx, users.find(tx, recipientId), notice);
        String notificationId = write(tx, cause, recipientId, notice, Optional.empty());
        for (NotificationType channel : notice.channels()) {
            Optional<String> address = address(channel, recipientId, recipient);
            if (address.isPresent()) {
                deliveries.schedule(tx, notificationId, recipientId, channel, address.get(), clock.instant());
            } else {
                LOG.debug("no {} address for user {}: notice {} goes to the inbox only", channel.wireName(),
                        recipientId, notice.kind());
            }
        }
    }

    /** Notifies each recipient. */
    public void notifyEach(Connection tx, Event<?> cause, List<String> recipientIds, Notice notice) throws SQLException {
        for (String recipientId : recipientIds) {
            notify(tx, cause, recipientId, notice);
        }
    }

    /**
     * Delivers a message through the one channel named: the inbox and that channel. Email and SMS need
     * the user in the read model (else the event is retried later); a known user without a phone gets
     * a delivery that is failed from the start, visible to admins; a deleted user gets nothing. A title longer
     * than the inbox keeps ({@value #MAX_TITLE_LENGTH} characters) is a permanent failure: no delivery of the
     * event will store it, so it goes to the dead letters at once rather than through every retry.
     */
    public void deliverThrough(Connection tx, Event<?> cause, String recipientId, Notice notice, Optional<String> data)
            throws SQLException {
        NotificationType channel = notice.channels().iterator().next();
        Optional<KnownUser> recipient = withPhoneIfNeeded(tx, users.find(tx, recipientId), notice);
        if (recipient.isEmpty() && users.wasErased(tx, recipientId)) {
            LOG.info("{} to user {} not delivered: the user was deleted", notice.kind(), recipientId);
            return; // nobody to tell, ever: handled, not retried until it is dead-lettered
        }
        int titleLength = notice.title().codePointCount(0, notice.title().length());
        if (titleLength > MAX_TITLE_LENGTH) {
            throw new PermanentFailureException("the title of " + cause.type().wireName() + " " + cause.id() + " has "
                    + titleLength + " characters, more than the " + MAX_TITLE_LENGTH + " the inbox keeps");
        }
        if (channel != NotificationType.PUSH && recipient.isEmpty()) {
            throw new ReadModelNotReadyException("cannot deliver by " + channel.wireName() + " to user " + recipientId
                    + ": no user.created has told the platform this user's contact details yet");
        }
        String notificationId = write(tx, cause, recipientId, notice, data);
        Optional<String> address = address(channel, recipientId, recipient);
        if (address.isPresent()) {
            deliveries.schedule(tx, notificationId, recipientId, channel, address.get(), clock.instant());
        } else {
            deliveries.recordUndeliverable(tx, notificationId, recipientId, channel,
                    "the user has no " + (channel == NotificationType.SMS ? "phone number" : "address") + " on record",
                    clock.instant());
        }
    }

    /** The person, named when the users read model knows them. */
    public Person person(Connection connection, String userId) throws SQLException {
        return new Person(userId, users.find(connection, userId).map(KnownUser::fullName));
    }

    /** The ids of every admin; when none is known yet, the event is retried later. */
    public List<String> admins(Connection connection, String forWhat) throws SQLException {
        List<String> admins = users.admins(connection).stream().map(KnownUser::userId).toList();
        if (admins.isEmpty()) {
            throw new ReadModelNotReadyException("no admin is known yet (from user.created) to alert about " + forWhat);
        }
        return admins;
    }

    /** The clock's present. */
    public Instant now() {
        return clock.instant();
    }

    private String write(Connection tx, Event<?> cause, String recipientId, Notice notice, Optional<String> data)
            throws SQLException {
        String id = UUID.randomUUID().toString();
        inbox.insert(tx, new Notification(id, recipientId, notice.kind(), notice.title(), notice.body(), data,
                notice.urgent(), clock.instant(), Optional.empty()), cause.id().toString(), notice.mentions());
        return id;
    }

    /** The known user, with the phone number the Users service gives when an SMS needs one not on record. */
    private Optional<KnownUser> withPhoneIfNeeded(Connection tx, Optional<KnownUser> known, Notice notice)
            throws SQLException {
        if (known.isEmpty() || known.get().phone().isPresent() || !notice.channels().contains(NotificationType.SMS)) {
            return known;
        }
        Optional<KnownUser> current = currentAccount(known.get().userId()).filter(fetched -> fetched.phone().isPresent());
        if (current.isEmpty()) {
            return known;
        }
        users.remember(tx, current.get(), clock.instant());
        return current;
    }

    /** The account as Users has it now; empty, keeping what the platform knew, when Users does not answer. */
    private Optional<KnownUser> currentAccount(String userId) {
        try {
            return usersClient.account(userId).map(KnownUser::of);
        } catch (PeerUnavailableException | PeerRefusedException e) {
            LOG.warn("cannot refresh user {}: {}", userId, e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<String> address(NotificationType channel, String userId, Optional<KnownUser> user) {
        return switch (channel) {
            case PUSH -> Optional.of(userId);
            case EMAIL -> user.map(KnownUser::email);
            case SMS -> user.flatMap(KnownUser::phone);
        };
    }
}
