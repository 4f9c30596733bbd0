package ng.korrect.messaging.message;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import ng.korrect.catalog.payload.MessageSent;
import ng.korrect.messaging.account.DeletedAccounts;
import ng.korrect.messaging.conversation.Conversation;
import ng.korrect.messaging.conversation.ConversationAccess;
import ng.korrect.messaging.conversation.ConversationRepository;
import ng.korrect.messaging.conversation.ParticipantState;
import ng.korrect.service.ApiException;
import ng.korrect.service.Caller;
import ng.korrect.service.Transaction;
import ng.korrect.service.Transactions;

/**
 * The messages' use cases: a participant sends one to the other, publishing {@code message.sent} in the same
 * transaction, or reads the conversation's messages a page at a time, newest first. A refused one throws the
 * {@link ApiException} that names why: the refusals of {@link ConversationAccess}, 410 when the recipient's account
 * was deleted, 401 when the sender's was.
 */
public final class Messages {

    private final Transactions transactions;
    private final ConversationAccess access;
    private final DeletedAccounts deletedAccounts;
    private final Clock clock;
    private final ConversationRepository conversations = new ConversationRepository();
    private final MessageRepository messages = new MessageRepository();

    /** The messages of that database, reached through that access, refused to and by those deleted accounts. */
    public Messages(Transactions transactions, ConversationAccess access, DeletedAccounts deletedAccounts, Clock clock) {
        this.transactions = transactions;
        this.access = access;
        this.deletedAccounts = deletedAccounts;
        this.clock = clock;
    }

    /** The caller sends that text in the conversation of that id (as the path gives it). */
    public Message send(Caller caller, String conversationId, String text) {
        return transactions.inTransaction(tx -> send(tx, conversationId, caller, text));
    }

    private Message send(Transaction tx, String conversationId, Caller caller, String text) throws SQLException {
        Connection connection = tx.connection();
        Conversation conversation = access.require(connection, conversationId, caller);
        String recipientId = conversation.participants().otherThan(caller.userId());
        refuseIfEitherDeleted(connection, conversation.id(), recipientId);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        long seq = conversations.nextMessageNumber(connection, conversation.id(), now);
        Message message = new Message(UUID.randomUUID(), conversation.id(), seq, caller.userId(), text, false, now);
        messages.insert(connection, message);
        tx.publish(new MessageSent(message.id().toString(), conversation.id().toString(), caller.userId(), recipientId));
        return message;
    }

    /**
     * Refuses a send when either participant was deleted, after locking both so that an erasure cannot run
     * in between. The recipient is also looked up among deleted accounts, in case the conversation was
     * started while their erasure ran and so missed being marked.
     */
    private void refuseIfEitherDeleted(Connection connection, UUID conversationId, String recipientId)
            throws SQLException {
        List<ParticipantState> participants = conversations.lockParticipants(connection, conversationId);
        if (deletedAccounts.isDeleted(connection, recipientId)) {
            throw DeletedAccounts.gone(recipientId);
        }
        for (ParticipantState participant : participants) {
            if (participant.deleted() && participant.userId().equals(recipientId)) {
                throw DeletedAccounts.gone(recipientId);
            }
            if (participant.deleted()) {
                throw ApiException.unauthorized("the account of this access token was deleted");
            }
        }
    }

    /**
     * Up to {@code limit} messages of the conversation of that id (as the path gives it) sent before the message
     * numbered {@code before}, newest first, for one of its participants.
     */
    public MessagePage page(Caller caller, String conversationId, long before, int limit) {
        return transactions.inTransaction(tx -> {
            Conversation conversation = access.require(tx.connection(), conversationId, caller);
            return MessagePage.of(messages.newestBefore(tx.connection(), conversation.id(), before, limit + 1), limit);
        });
    }
}
