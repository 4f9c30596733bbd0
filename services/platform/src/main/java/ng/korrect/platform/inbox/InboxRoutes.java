package ng.korrect.platform.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ng.korrect.service.ApiException;
import ng.korrect.service.Auth;
import ng.korrect.service.Caller;
import ng.korrect.service.FieldProblem;
import ng.korrect.service.Paging;
import ng.korrect.service.Routes;

/**
 * The inbox under {@code /api/v1/notifications}, the HTTP side of {@link Notifications}, for any signed-in user
 * and about their own notifications; an admin may read another user's inbox with {@code ?userId=}:
 * {@code GET /} (a page, newest first; {@code unread=true} for unread only), {@code GET /unread-count},
 * {@code POST /read-all}, {@code POST /{id}/read} (only the recipient marks a notification read).
 */
public final class InboxRoutes implements Routes {

    /** The API root. */
    public static final String ROOT = "/api/v1/notifications";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Auth auth;
    private final Notifications notifications;

    /** The routes of those notifications, for callers checked by that auth. */
    public InboxRoutes(Auth auth, Notifications notifications) {
        this.auth = auth;
        this.notifications = notifications;
    }

    @Override
    public void install(Javalin app) {
        app.get(ROOT, this::list);
        app.get(ROOT + "/unread-count", this::unreadCount);
        app.post(ROOT + "/read-all", this::readAll);
        app.post(ROOT + "/{id}/read", this::readOne);
    }

    private void list(Context ctx) {
        Inbox inbox = inbox(ctx);
        boolean unreadOnly = unreadOnly(ctx);
        Paging paging = Paging.of(ctx);
        Notifications.Page page = notifications.page(inbox, unreadOnly, paging);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("userId", inbox.userId());
        answer.put("notifications", page.notifications().stream().map(InboxRoutes::view).toList());
        answer.put("total", page.total());
        answer.put("unread", page.unread());
        answer.put("limit", paging.limit());
        answer.put("offset", paging.offset());
        ctx.json(answer);
    }

    private void unreadCount(Context ctx) {
        Inbox inbox = inbox(ctx);
        ctx.json(Map.of("userId", inbox.userId(), "unread", notifications.unreadCount(inbox)));
    }

    private void readAll(Context ctx) {
        ctx.json(Map.of("marked", notifications.markAllRead(auth.require(ctx))));
    }

    private void readOne(Context ctx) {
        Caller caller = auth.require(ctx);
        ctx.json(view(notifications.markRead(caller, ctx.pathParam("id"))));
    }

    /** The caller's own inbox, or with {@code ?userId=} another's for an admin. */
    private Inbox inbox(Context ctx) {
        return Inbox.askedBy(auth.require(ctx), ctx.queryParam("userId"));
    }

    private static boolean unreadOnly(Context ctx) {
        String unread = ctx.queryParam("unread");
        if (unread == null || unread.isBlank()) {
            return false;
        }
        if (!unread.equals("true") && !unread.equals("false")) {
            throw ApiException.validation(List.of(new FieldProblem("unread", "must be true or false")));
        }
        return unread.equals("true");
    }

    static Map<String, Object> view(Notification notification) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", notification.id());
        view.put("kind", notification.kind());
        view.put("title", notification.title());
        view.put("body", notification.body());
        view.put("data", notification.data().map(InboxRoutes::parse).orElse(null));
        view.put("urgent", notification.urgent());
        view.put("read", notification.readAt().isPresent());
        view.put("createdAt", notification.createdAt().toString());
        view.put("readAt", notification.readAt().map(Object::toString).orElse(null));
        return view;
    }

    private static Object parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            return null;
        }
    }
}
