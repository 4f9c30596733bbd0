package ng.korrect.service;

import io.javalin.http.Context;

/**
 * The ids of the request a handler serves: the request id (new for every request, in the
 * {@code X-Request-Id} response header) and the correlation id (from {@code X-Correlation-Id}, or
 * generated; echoed in the response). Both are also in the SLF4J MDC for the length of the request,
 * and the correlation id in {@link Correlation#current()}, so events published through
 * {@link Transactions} carry it.
 */
public final class RequestContext {

    /** The request header and response header of the correlation id. */
    public static final String CORRELATION_HEADER = "X-Correlation-Id";
    /** The response header of the request id. */
    public static final String REQUEST_ID_HEADER = "X-Request-Id";

    static final String CORRELATION_ATTRIBUTE = "korrect.correlationId";
    static final String REQUEST_ID_ATTRIBUTE = "korrect.requestId";

    private RequestContext() {
    }

    /** The request's correlation id. */
    public static String correlationId(Context ctx) {
        return ctx.attribute(CORRELATION_ATTRIBUTE);
    }

    /** The request's id. */
    public static String requestId(Context ctx) {
        return ctx.attribute(REQUEST_ID_ATTRIBUTE);
    }

    /** Sets both ids on the request, the thread and the MDC; the HTTP layer calls this first. */
    public static void begin(Context ctx, String requestId, String correlationId) {
        ctx.attribute(REQUEST_ID_ATTRIBUTE, requestId);
        ctx.attribute(CORRELATION_ATTRIBUTE, correlationId);
        ctx.header(REQUEST_ID_HEADER, requestId);
        ctx.header(CORRELATION_HEADER, correlationId);
        Correlation.set(correlationId);
        org.slf4j.MDC.put(Correlation.REQUEST_MDC_KEY, requestId);
    }
}
