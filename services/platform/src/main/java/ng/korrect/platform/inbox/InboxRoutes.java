package ng.korrect.platform.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ng.korrect.catalog.payload.Role;
import ng.korrect.service.Paging;
import ng.korrect.service.ApiException;
import ng.korrect.service.Caller;
import ng.korrect.service.Routes;
import ng.korrect.service.ServiceContext;

/**
 * The inbox under {@code /api/v1/notifications}, for any signed-in user and about their own
 * notifications; an admin may read another user's inbox with {@code ?userId=}:
 * {@code GET /} (a page, newest first; {@code unread=true} for unread only), {@code GET /unread-count},
 * {@code POST /read-all}, {@code POST /{id}/read} (only the recipient marks a notification read).
 */
public final class InboxRoutes implements Routes {

    /** The API root. */
    public static final String ROOT = "/api/v1/notifications";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServiceContext context;
    private final NotificationRepository notifications = new NotificationRepository();

    /** The routes, working with these parts. */
    public InboxRoutes(ServiceContext context) {
        this.context = context;
    }

    @Override
    public void install(Javalin app) {
        app.get(ROOT, this::list);
        app.get(ROOT + "/unread-count", this::unreadCount);
        app.post(ROOT + "/read-all", this::readAll);
        app.post(ROOT + "/{id}/read", this::readOne);
    }

    private void list(Context ctx) throws Exception {
        String userId = inboxOwner(ctx);
        boolean unreadOnly = unreadOnly(ctx);
        Paging paging = Paging.of(ctx);
        try (Connection connection = context.database().dataSource().getConnection()) {
            List<Map<String, Object>> page = notifications.page(connection, userId, unreadOnly, paging.limit(),
                    paging.offset()).stream().map(InboxRoutes::view).toList();
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("userId", userId);
            answer.put("notifications", page);
            answer.put("total", notifications.count(connection, userId, unreadOnly));
            answer.put("unread", notifications.count(connection, userId, true));
            answer.put("limit", paging.limit());
            answer.put("offset", paging.offset());
            ctx.json(answer);
        }
    }

    private void unreadCount(Context ctx) throws Exception {
        String userId = inboxOwner(ctx);
        try (Connection connection = context.database().dataSource().getConnection()) {
            ctx.json(Map.of("userId", userId, "unread", notifications.count(connection, userId, true)));
        }
    }

    private void readAll(Context ctx) {
        Caller caller = context.auth().require(ctx);
        int marked = context.transactions().inTransaction(tx ->
                notifications.markAllRead(tx.connection(), caller.userId(), context.clock().instant()));
        ctx.json(Map.of("marked", marked));
    }

    private void readOne(Context ctx) {
        Caller caller = context.auth().require(ctx);
        String id = ctx.pathParam("id");
        Notification read = context.transactions().inTransaction(tx -> {
            Notification notification = notifications.find(tx.connection(), id)
                    .orElseThrow(() -> ApiException.notFound("no notification " + id));
            if (!notification.userId().equals(caller.userId())) {
                throw ApiException.forbidden("only its recipient marks a notification read");
            }
            notifications.markRead(tx.connection(), id, context.clock().instant());
            return notifications.find(tx.connection(), id).orElseThrow();
        });
        ctx.json(view(read));
    }

    /** The caller's own inbox, or with {@code ?userId=} another's for an admin. */
    private String inboxOwner(Context ctx) {
        Caller caller = context.auth().require(ctx);
        String asked = ctx.queryParam("userId");
        if (asked == null || asked.isBlank() || asked.equals(caller.userId())) {
            return caller.userId();
        }
        if (caller.role() != Role.ADMIN) {
            throw ApiException.forbidden("only an admin reads another user's notifications");
        }
        return asked.strip();
    }

    private static boolean unreadOnly(Context ctx) {
        String unread = ctx.queryParam("unread");
        if (unread == null || unread.isBlank()) {
            return false;
        }
        if (!unread.equals("true") && !unread.equals("false")) {
            throw ApiException.validation(List.of(new ng.korrect.service.FieldProblem("unread", "must be true or false")));
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
