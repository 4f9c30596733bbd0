package ng.korrect.service.internal;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Map;

/**
 * Refuses a request body of a declared type other than JSON with 415, before any route reads it: every
 * body of the APIs is JSON, and one sent as {@code text/plain} or a form is a client's mistake or a
 * cross-site form post. A body without a {@code Content-Type} is read as JSON.
 */
public final class JsonBodiesOnly {

    private JsonBodiesOnly() {
    }

    /** Installs the check on every route. */
    public static void install(Javalin app) {
        app.before(ctx -> {
            String type = ctx.header("Content-Type");
            if (type != null && hasBody(ctx) && !isJson(type)) {
                ErrorResponses.write(ctx, 415, "unsupported_media_type", "the request body must be JSON (application/json)",
                        Map.of("contentType", type.length() > 100 ? type.substring(0, 100) : type));
                ctx.skipRemainingHandlers();
            }
        });
    }

    private static boolean hasBody(Context ctx) {
        return ctx.req().getContentLengthLong() > 0 || ctx.header("Transfer-Encoding") != null;
    }

    private static boolean isJson(String contentType) {
        String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return mediaType.equals("application/json") || mediaType.startsWith("application/") && mediaType.endsWith("+json");
    }
}
