package ng.korrect.service.internal;

import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Map;
import java.util.stream.Collectors;
import ng.korrect.service.Readiness;

/**
 * {@code GET /health} (alive: 200 while the process serves HTTP), {@code GET /health/ready} (200 when
 * every part of the {@link Readiness} is up, else 503 with the error body naming the failing parts),
 * and {@code GET /metrics} (the registry in Prometheus text format).
 */
public final class HealthRoutes {

    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private HealthRoutes() {
    }

    /** Installs the three routes on the app. */
    public static void install(Javalin app, String service, Readiness readiness, PrometheusMeterRegistry registry) {
        app.get("/health", ctx -> ctx.json(Map.of("status", "up", "service", service)));
        app.get("/health/ready", ctx -> {
            Map<String, Boolean> parts = readiness.parts();
            Map<String, String> checks = parts.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                    part -> part.getValue() ? "up" : "down", (a, b) -> a, java.util.LinkedHashMap::new));
            if (!parts.containsValue(false)) {
                ctx.json(Map.of("status", "ready", "service", service, "checks", checks));
                return;
            }
            String failing = parts.entrySet().stream().filter(part -> !part.getValue()).map(Map.Entry::getKey)
                    .collect(Collectors.joining(", "));
            ErrorResponses.write(ctx, 503, "not_ready", "not ready: " + failing, Map.of("checks", checks));
        });
        app.get("/metrics", ctx -> ctx.contentType(PROMETHEUS_TEXT).result(registry.scrape()));
    }
}
