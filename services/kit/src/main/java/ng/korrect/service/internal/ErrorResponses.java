package ng.korrect.service.internal;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import ng.korrect.service.ApiException;
import ng.korrect.service.RequestContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers every failure with the contracts' body {@code {"error":{"code","message","details"}}}: the
 * kit's {@link ApiException}s as they say, Javalin's own (unknown route, bad method, body too large)
 * with their status, a failure caused by the database or Redis being unavailable as a 503 {@code unavailable}
 * with a {@code Retry-After} (the same request can succeed once it is back),
 * and anything else as a 500 that names the request id but never the exception.
 */
public final class ErrorResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);
    private static final int RETRY_AFTER_SECONDS = 2;

    private ErrorResponses() {
    }

    /** Installs the exception handlers on the app. */
    public static void install(Javalin app) {
        app.exception(ApiException.class, (e, ctx) -> {
            e.retryAfter().ifPresent(wait -> ctx.header("Retry-After", String.valueOf(wait.toSeconds())));
            write(ctx, e.status(), e.code(), e.getMessage(), e.details());
        });
        app.exception(HttpResponseException.class, (e, ctx) ->
                write(ctx, e.getStatus(), codeOf(e.getStatus()), e.getMessage(), null));
        app.exception(Exception.class, (e, ctx) -> {
            String requestId = String.valueOf(RequestContext.requestId(ctx));
            Optional<String> down = UnavailableDependency.of(e);
            if (down.isPresent()) {
                LOG.warn("{} {} failed (request {}): the {} is unavailable ({})", ctx.method(), ctx.path(), requestId,
                        down.get(), e.toString());
                ctx.header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
                write(ctx, 503, "unavailable", "the " + down.get() + " is unavailable; try again shortly",
                        Map.of("dependency", down.get(), "requestId", requestId));
                return;
            }
            LOG.error("{} {} failed (request {})", ctx.method(), ctx.path(), requestId, e);
            write(ctx, 500, "internal", "the request could not be completed", Map.of("requestId", requestId));
        });
    }

    /** Writes one error body with that status. */
    public static void write(Context ctx, int status, String code, String message, Object details) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        error.put("details", details);
        ctx.status(status).json(Map.of("error", error));
    }

    static String codeOf(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 409 -> "conflict";
            case 413 -> "payload_too_large";
            case 414 -> "uri_too_long";
            case 415 -> "unsupported_media_type";
            case 431 -> "request_header_fields_too_large";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal" : "bad_request";
        };
    }
}
