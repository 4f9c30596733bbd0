package ng.korrect.platform.delivery;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ng.korrect.catalog.payload.Role;
import ng.korrect.service.ApiException;
import ng.korrect.service.Auth;
import ng.korrect.service.FieldProblem;
import ng.korrect.service.Paging;
import ng.korrect.service.Routes;

/**
 * {@code GET /api/v1/notifications/deliveries}, the HTTP side of {@link Deliveries}, for admins: deliveries newest
 * first, filtered by {@code status} ({@code pending}, {@code delivered} or {@code failed}) and {@code userId}, paged.
 */
public final class DeliveryRoutes implements Routes {

    /** The path. */
    public static final String PATH = "/api/v1/notifications/deliveries";

    private final Auth auth;
    private final Deliveries deliveries;

    /** The route of those deliveries, for admins checked by that auth. */
    public DeliveryRoutes(Auth auth, Deliveries deliveries) {
        this.auth = auth;
        this.deliveries = deliveries;
    }

    @Override
    public void install(Javalin app) {
        app.get(PATH, this::list);
    }

    private void list(Context ctx) {
        auth.require(ctx, Role.ADMIN);
        Optional<DeliveryStatus> status = status(ctx);
        Paging paging = Paging.of(ctx);
        Optional<String> userId = Optional.ofNullable(ctx.queryParam("userId")).filter(text -> !text.isBlank());
        List<Map<String, Object>> page = deliveries.list(status, userId, paging).stream()
                .map(DeliveryRoutes::view).toList();
        ctx.json(Map.of("deliveries", page, "limit", paging.limit(), "offset", paging.offset()));
    }

    private static Optional<DeliveryStatus> status(Context ctx) {
        String text = ctx.queryParam("status");
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(DeliveryStatus.of(text.strip()));
        } catch (IllegalArgumentException e) {
            throw ApiException.validation(List.of(new FieldProblem("status", "must be one of [pending, delivered, failed]")));
        }
    }

    private static Map<String, Object> view(DeliveryRecord delivery) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", delivery.id());
        view.put("notificationId", delivery.notificationId());
        view.put("userId", delivery.userId());
        view.put("channel", delivery.channel().wireName());
        view.put("address", delivery.address().orElse(null));
        view.put("status", delivery.status().wireName());
        view.put("attempts", delivery.attempts());
        view.put("nextAttemptAt", delivery.status() == DeliveryStatus.PENDING ? delivery.nextAttemptAt().toString() : null);
        view.put("lastError", delivery.lastError().orElse(null));
        view.put("createdAt", delivery.createdAt().toString());
        view.put("deliveredAt", delivery.deliveredAt().map(Object::toString).orElse(null));
        return view;
    }
}
