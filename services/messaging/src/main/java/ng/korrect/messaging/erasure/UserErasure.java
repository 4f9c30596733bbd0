package ng.korrect.messaging.erasure;

import java.sql.Connection;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import ng.korrect.bus.Delivery;
import ng.korrect.bus.idempotency.TransactionalEventHandler;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.payload.UserDeleted;
import ng.korrect.messaging.account.DeletedAccounts;
import ng.korrect.messaging.conversation.ConversationRepository;
import ng.korrect.messaging.message.MessageRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code messaging} group's handler of {@code user.deleted} (in every service, {@code erasure.UserErasure}):
 * the user's account is recorded as deleted, they are marked deleted in each of their conversations, and the
 * content of every message they sent is erased (the body removed, the {@code erased} flag set) while the
 * message itself stays, so the other participant still sees the conversation and that a message existed.
 * Messages the other participant sent stay as they are. Messaging holds no names or emails; the event's email
 * is not stored. Runs under the idempotency guard, and is idempotent in itself: a second run finds nothing
 * left to change. Its only failures are the database's, which are retriable; it has no permanent one.
 */
public final class UserErasure implements TransactionalEventHandler<UserDeleted> {

    private static final Logger LOG = LoggerFactory.getLogger(UserErasure.class);

    private final DeletedAccounts deletedAccounts;
    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final Clock clock;

    /** Erases with those repositories; the deletion is recorded at the clock's time. */
    public UserErasure(DeletedAccounts deletedAccounts, ConversationRepository conversations, MessageRepository messages,
                       Clock clock) {
        this.deletedAccounts = deletedAccounts;
        this.conversations = conversations;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public void handle(Event<UserDeleted> event, Delivery delivery, Connection transaction) throws Exception {
        String userId = event.payload().userId();
        deletedAccounts.record(transaction, userId, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        int conversationCount = conversations.markParticipantDeleted(transaction, userId);
        int erasedCount = messages.eraseSentBy(transaction, userId);
        LOG.info("user {} deleted: marked deleted in {} conversations, {} messages erased", userId, conversationCount,
                erasedCount);
    }
}
