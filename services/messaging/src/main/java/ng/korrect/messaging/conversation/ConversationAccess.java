package ng.korrect.messaging.conversation;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import ng.korrect.messaging.account.DeletedAccounts;
import ng.korrect.service.ApiException;
import ng.korrect.service.Caller;

/**
 * Who may read or write a conversation: its two participants only, whatever their role (an admin too is
 * refused: messages are private). 404 for an unknown id (or one that is not a UUID), 403 for anyone else,
 * 401 for a caller whose account was deleted.
 */
public final class ConversationAccess {

    private final ConversationRepository conversations;
    private final DeletedAccounts deletedAccounts;

    /** Checks access with those repositories. */
    public ConversationAccess(ConversationRepository conversations, DeletedAccounts deletedAccounts) {
        this.conversations = conversations;
        this.deletedAccounts = deletedAccounts;
    }

    /** The conversation of that id (as the path gives it), when the caller takes part in it. */
    public Conversation require(Connection connection, String conversationId, Caller caller) throws SQLException {
        deletedAccounts.requireLiveCaller(connection, caller.userId());
        Conversation conversation = conversations.find(connection, parse(conversationId))
                .orElseThrow(() -> notFound(conversationId));
        if (!conversation.participants().includes(caller.userId())) {
            throw ApiException.forbidden("only the two participants may read or write conversation " + conversationId);
        }
        return conversation;
    }

    private static UUID parse(String conversationId) {
        try {
            return UUID.fromString(conversationId);
        } catch (IllegalArgumentException e) {
            throw notFound(conversationId);
        }
    }

    private static ApiException notFound(String conversationId) {
        return ApiException.notFound("no conversation " + conversationId);
    }
}
