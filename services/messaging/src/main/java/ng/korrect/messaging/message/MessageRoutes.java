package ng.korrect.messaging.message;

import io.javalin.Javalin;
import io.javalin.http.Context;
import ng.korrect.messaging.conversation.ConversationRoutes;
import ng.korrect.service.Auth;
import ng.korrect.service.Caller;
import ng.korrect.service.QueryParameters;
import ng.korrect.service.RequestBody;
import ng.korrect.service.Routes;

/**
 * The HTTP API of a conversation's messages, {@code /api/v1/messages/conversations/{id}/messages}, the HTTP side
 * of {@link Messages}: send one (publishing {@code message.sent}) and read them, newest first, a page at a time.
 * Participants only.
 */
public final class MessageRoutes implements Routes {

    /** The path of a conversation's messages. */
    public static final String PATH = ConversationRoutes.ROOT + "/{conversationId}/messages";
    /** The page size when none is asked for. */
    public static final int DEFAULT_LIMIT = 50;
    /** The largest page of messages. */
    public static final int MAX_LIMIT = 100;

    private final Auth auth;
    private final Messages messages;
    private final int maxBodyLength;

    /** The routes of those messages, for callers checked by that auth, with that limit of a body's characters. */
    public MessageRoutes(Auth auth, Messages messages, int maxBodyLength) {
        this.auth = auth;
        this.messages = messages;
        this.maxBodyLength = maxBodyLength;
    }

    @Override
    public void install(Javalin app) {
        app.post(PATH, this::send);
        app.get(PATH, this::page);
    }

    private void send(Context ctx) {
        Caller caller = auth.require(ctx);
        RequestBody body = RequestBody.parse(ctx.body());
        String text = body.requiredText("body", maxBodyLength);
        body.validate();
        ctx.status(201).json(messages.send(caller, ctx.pathParam("conversationId"), text));
    }

    private void page(Context ctx) {
        Caller caller = auth.require(ctx);
        int limit = QueryParameters.wholeNumber(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        long before = before(ctx.queryParam("before"));
        ctx.json(messages.page(caller, ctx.pathParam("conversationId"), before, limit));
    }

    private static long before(String cursor) {
        if (cursor == null) {
            return Long.MAX_VALUE;
        }
        return MessageCursor.decode(cursor).orElseThrow(() ->
                QueryParameters.invalid("before", "must be a cursor this service returned as nextCursor"));
    }
}
