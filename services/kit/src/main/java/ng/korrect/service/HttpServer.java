package ng.korrect.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import ng.korrect.service.internal.BodySizeLimit;
import ng.korrect.service.internal.ErrorResponses;
import ng.korrect.service.internal.HealthRoutes;
import ng.korrect.service.internal.JsonBodiesOnly;
import ng.korrect.service.internal.JsonErrorHandler;
import ng.korrect.service.internal.RequestIds;
import org.eclipse.jetty.servlet.FilterHolder;

/**
 * A service's HTTP server (Javalin 6 on Jetty, virtual threads, Jackson for JSON) with what every
 * service answers the same way: request and correlation ids ({@link RequestContext}), the contracts'
 * error body for every failure, {@code /health}, {@code /health/ready} and {@code /metrics}. Routes are
 * added on {@link #app()} before {@link #start(int)}. Closing it stops taking requests and lets those
 * in flight finish within the drain timeout.
 *
 * <pre>{@code
 * HttpServer http = HttpServer.create("users", registry, readiness, Duration.ofSeconds(10));
 * http.app().post("/api/v1/auth/register", ctx -> ...);
 * http.start(3001);
 * }</pre>
 */
public final class HttpServer implements AutoCloseable {

    /**
     * The largest request body, in bytes, counted as read whatever the framing (a chunked body has no length
     * to check up front): 1 MB, as Javalin's default, far above any body of the APIs.
     */
    public static final long MAX_BODY_BYTES = 1_000_000;

    private final Javalin app;

    private HttpServer(Javalin app) {
        this.app = app;
    }

    /** A server for that service, not yet started. */
    public static HttpServer create(String service, PrometheusMeterRegistry registry, Readiness readiness,
                                    Duration drainTimeout) {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(readiness, "readiness");
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.useVirtualThreads = true;
            config.jsonMapper(new JavalinJackson(mapper, true));
            config.jetty.modifyServer(server -> {
                server.setStopTimeout(drainTimeout.toMillis());
                server.setErrorHandler(new JsonErrorHandler()); // not Jetty's HTML pages, e.g. for a 431
            });
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.jetty.modifyServletContextHandler(handler -> handler.addFilter(
                    new FilterHolder(new BodySizeLimit(MAX_BODY_BYTES)), "/*", EnumSet.of(DispatcherType.REQUEST)));
        });
        RequestIds.install(app);
        JsonBodiesOnly.install(app);
        ErrorResponses.install(app);
        HealthRoutes.install(app, service, readiness, registry);
        return new HttpServer(app);
    }

    /** The Javalin app, to add routes to. */
    public Javalin app() {
        return app;
    }

    /**
     * Starts listening on that port of every interface (0: a free one).
     *
     * @throws KitException when it cannot; caused by a {@link java.net.BindException} when the port is in use
     */
    public HttpServer start(int port) {
        try {
            app.start(port);
            return this;
        } catch (Exception e) { // NOPMD: Javalin rethrows Jetty's checked exceptions without declaring them
            // Jetty reports a port in use as an ExecutionException of "STOPPED": find out what it was
            java.util.Optional<java.net.BindException> inUse = bindFailure(port);
            KitException failure = inUse.isPresent()
                    ? new KitException("port " + port + " is in use", inUse.get())
                    : new KitException("cannot start the HTTP server on port " + port + ": " + e, e);
            inUse.ifPresent(cause -> failure.addSuppressed(e));
            throw failure;
        }
    }

    private static java.util.Optional<java.net.BindException> bindFailure(int port) {
        if (port == 0) {
            return java.util.Optional.empty();
        }
        try (java.net.ServerSocket probe = new java.net.ServerSocket(port)) {
            return java.util.Optional.empty();
        } catch (java.net.BindException e) {
            return java.util.Optional.of(e);
        } catch (java.io.IOException e) {
            return java.util.Optional.empty();
        }
    }

    /** The port it listens on, once started. */
    public int port() {
        return app.port();
    }

    /**
     * Stops, letting requests in flight finish within the drain timeout; connections still open then
     * (idle keep-alive ones, typically) are closed, which Jetty reports as a timeout: not an error here.
     * Other failures to stop (Jetty's checked ones, which Javalin rethrows undeclared, included) come out as
     * a {@link KitException}, so that a failed start still reports why it failed rather than how it stopped.
     */
    @Override
    public void close() {
        try {
            app.stop();
        } catch (Exception e) { // NOPMD: Javalin rethrows Jetty's checked exceptions without declaring them
            if (e.getCause() instanceof java.util.concurrent.TimeoutException) {
                org.slf4j.LoggerFactory.getLogger(HttpServer.class)
                        .warn("HTTP connections still open at the end of the drain timeout were closed");
                return;
            }
            throw new KitException("cannot stop the HTTP server: " + e, e);
        }
    }
}
