package ng.korrect.messaging.conversation;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import ng.korrect.service.Auth;
import ng.korrect.service.Caller;
import ng.korrect.service.QueryParameters;
import ng.korrect.service.RequestBody;
import ng.korrect.service.Routes;

/**
 * The HTTP API of conversations under {@value #ROOT}, the HTTP side of {@link Conversations}: start one (or get
 * the existing one of the pair), list the caller's, show one, mark one read. Any signed-in user may call them.
 */
public final class ConversationRoutes implements Routes {

    /** The root of the conversations API. */
    public static final String ROOT = "/api/v1/messages/conversations";
    /** The page size of the list of conversations when none is asked for. */
    public static final int DEFAULT_PAGE_SIZE = 20;
    /** The largest page of conversations. */
    public static final int MAX_PAGE_SIZE = 100;
    /** The longest user or booking id accepted (the width of the id columns). */
    public static final int MAX_ID_LENGTH = 100;

    private final Auth auth;
    private final Conversations conversations;

    /** The routes of those conversations, for callers checked by that auth. */
    public ConversationRoutes(Auth auth, Conversations conversations) {
        this.auth = auth;
        this.conversations = conversations;
    }

    @Override
    public void install(Javalin app) {
        app.post(ROOT, this::start);
        app.get(ROOT, this::list);
        app.get(ROOT + "/{conversationId}", this::show);
        app.post(ROOT + "/{conversationId}/read", this::markRead);
    }

    private void start(Context ctx) {
        Caller caller = auth.require(ctx);
        RequestBody body = RequestBody.parse(ctx.body());
        String participantId = body.check("participantId", body.requiredText("participantId", MAX_ID_LENGTH),
                id -> !id.equals(caller.userId()), "must be another user than the caller");
        Optional<String> bookingId = body.optionalText("bookingId", MAX_ID_LENGTH);
        body.validate();
        Conversations.Started started = conversations.start(caller, participantId, bookingId);
        ctx.status(started.created() ? 201 : 200).json(started.summary());
    }

    private void list(Context ctx) {
        Caller caller = auth.require(ctx);
        int page = QueryParameters.wholeNumber(ctx, "page", 1, 1, 1_000_000);
        int size = QueryParameters.wholeNumber(ctx, "size", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
        Conversations.Page found = conversations.list(caller, page, size);
        Map<String, Object> listing = new LinkedHashMap<>();
        listing.put("conversations", found.conversations());
        listing.put("page", page);
        listing.put("size", size);
        listing.put("total", found.total());
        ctx.json(listing);
    }

    private void show(Context ctx) {
        ctx.json(conversations.show(auth.require(ctx), ctx.pathParam("conversationId")));
    }

    private void markRead(Context ctx) {
        ctx.json(conversations.markRead(auth.require(ctx), ctx.pathParam("conversationId")));
    }
}
