package ng.korrect.service.internal;

import io.javalin.Javalin;
import java.util.UUID;
import java.util.regex.Pattern;
import ng.korrect.service.Correlation;
import ng.korrect.service.RequestContext;

/**
 * Gives every request its ids before any handler runs and clears them from the thread after: the
 * correlation id of {@code X-Correlation-Id} when it is a sane token (at most 128 visible characters),
 * else a new one, so a header cannot inject lines into the logs.
 */
public final class RequestIds {

    private static final Pattern SANE = Pattern.compile("[\\x21-\\x7E]{1,128}");

    private RequestIds() {
    }

    /** Installs the before and after handlers on the app. */
    public static void install(Javalin app) {
        app.before(ctx -> {
            String given = ctx.header(RequestContext.CORRELATION_HEADER);
            String correlationId = given != null && SANE.matcher(given).matches() ? given : Correlation.generate();
            RequestContext.begin(ctx, UUID.randomUUID().toString(), correlationId);
        });
        app.after(ctx -> Correlation.clear());
    }
}
