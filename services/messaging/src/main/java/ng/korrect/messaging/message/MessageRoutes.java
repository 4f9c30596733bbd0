package ng.korrect.messaging.message;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import ng.korrect.catalog.payload.MessageSent;
import ng.korrect.messaging.account.DeletedAccounts;
import ng.korrect.messaging.conversation.Conversation;
import ng.korrect.messaging.conversation.ConversationAccess;
import ng.korrect.messaging.conversation.ConversationRepository;
import ng.korrect.messaging.conversation.ConversationRoutes;
import ng.korrect.messaging.conversation.ParticipantState;
import ng.korrect.service.QueryParameters;
import ng.korrect.service.ApiException;
import ng.korrect.service.Caller;
import ng.korrect.service.RequestBody;
import ng.korrect.service.Routes;
import ng.korrect.service.ServiceContext;
import ng.korrect.service.Transaction;

/**
 * The HTTP API of a conversation's messages, {@code /api/v1/messages/conversations/{id}/messages}: send
 * one (publishing {@code message.sent}) and read them, newest first, a page at a time. Participants only.
 */
public final class MessageRoutes implements Routes {

    /** The path of a conversation's messages. */
    public static final String PATH = ConversationRoutes.ROOT + "/{conversationId}/messages";
    /** The page size when none is asked for. */
    public static final int DEFAULT_LIMIT = 50;
    /** The largest page of messages. */
    public static final int MAX_LIMIT = 100;

    private final ServiceContext context;
    private final ConversationAccess access;
    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final DeletedAccounts deletedAccounts;
    private final int maxBodyLength;

    /** The routes, on that context, with those repositories and that limit of a body's characters. */
    public MessageRoutes(ServiceContext context, ConversationAccess access, ConversationRepository conversations,
                         MessageRepository messages, DeletedAccounts deletedAccounts, int maxBodyLength) {
        this.context = context;
        this.access = access;
        this.conversations = conversations;
        this.messages = messages;
        this.deletedAccounts = deletedAccounts;
        this.maxBodyLength = maxBodyLength;
    }

    @Override
    public void install(Javalin app) {
        app.post(PATH, this::send);
        app.get(PATH, this::page);
    }

    private void send(Context ctx) {
        Caller caller = context.auth().require(ctx);
        RequestBody body = RequestBody.parse(ctx.body());
        String text = body.requiredText("body", maxBodyLength);
        body.validate();
        Message sent = context.transactions().inTransaction(tx -> send(tx, ctx.pathParam("conversationId"), caller, text));
        ctx.status(201).json(sent);
    }

    private Message send(Transaction tx, String conversationId, Caller caller, String text) throws SQLException {
        Connection connection = tx.connection();
        Conversation conversation = access.require(connection, conversationId, caller);
        String recipientId = conversation.participants().otherThan(caller.userId());
        refuseIfEitherDeleted(connection, conversation.id(), recipientId);
        Instant now = context.clock().instant().truncatedTo(ChronoUnit.MILLIS);
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

    private void page(Context ctx) {
        Caller caller = context.auth().require(ctx);
        int limit = QueryParameters.wholeNumber(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        long before = before(ctx.queryParam("before"));
        ctx.json(context.transactions().inTransaction(tx -> {
            Conversation conversation = access.require(tx.connection(), ctx.pathParam("conversationId"), caller);
            return MessagePage.of(messages.newestBefore(tx.connection(), conversation.id(), before, limit + 1), limit);
        }));
    }

    private static long before(String cursor) {
        if (cursor == null) {
            return Long.MAX_VALUE;
        }
        return MessageCursor.decode(cursor).orElseThrow(() ->
                QueryParameters.invalid("before", "must be a cursor this service returned as nextCursor"));
    }
}
