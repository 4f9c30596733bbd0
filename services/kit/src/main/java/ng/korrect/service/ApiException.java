package ng.korrect.service;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A request that fails with a 4xx status, or 503 {@code busy}: the HTTP layer answers it with the contracts'
 * error body {@code {"error":{"code","message","details"}}}. Throw one from a route; use the factories.
 */
public final class ApiException extends KitException {

    private final int status;
    private final String code;
    private final Object details;
    private final Duration retryAfter;

    /** A failure with that status, machine-readable code, message and details (may be null). */
    public ApiException(int status, String code, String message, Object details) {
        this(status, code, message, details, null);
    }

    private ApiException(int status, String code, String message, Object details, Duration retryAfter) {
        super(message);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("status must be 4xx or 5xx, was " + status);
        }
        this.status = status;
        this.code = Objects.requireNonNull(code, "code");
        this.details = details;
        this.retryAfter = retryAfter;
    }

    /**
     * 429: the caller asks too often; it may try again after that long, which the response says in a
     * {@code Retry-After} header (whole seconds, rounded up) and in {@code details.retryAfterSeconds}.
     */
    public static ApiException tooManyRequests(String message, Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return new ApiException(429, "too_many_requests", message, Map.of("retryAfterSeconds", seconds),
                Duration.ofSeconds(seconds));
    }

    /**
     * 503 {@code unavailable}: a service this request depends on did not answer; the same request can succeed
     * once it is back, after that long ({@code Retry-After}, whole seconds rounded up). The details name the
     * dependency, as the kit's own 503 for the database or Redis does.
     */
    public static ApiException unavailable(String dependency, String message, Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return new ApiException(503, "unavailable", message, Map.of("dependency", dependency),
                Duration.ofSeconds(seconds));
    }

    /**
     * 503 {@code busy}: the service has more of this kind of work queued than it can do within a short
     * wait, and refuses the request before doing anything; the caller may try again after that long
     * ({@code Retry-After}, whole seconds rounded up, and {@code details.retryAfterSeconds}).
     */
    public static ApiException busy(String message, Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return new ApiException(503, "busy", message, Map.of("retryAfterSeconds", seconds), Duration.ofSeconds(seconds));
    }

    /** 400: the body breaks these rules, one per bad field. */
    public static ApiException validation(List<FieldProblem> problems) {
        return new ApiException(400, "validation_failed", "the request is not valid", List.copyOf(problems));
    }

    /** 400 with one message and no field. */
    public static ApiException badRequest(String message) {
        return new ApiException(400, "bad_request", message, null);
    }

    /** 401: no valid access token. */
    public static ApiException unauthorized(String message) {
        return new ApiException(401, "unauthorized", message, null);
    }

    /** 403: the caller may not do this. */
    public static ApiException forbidden(String message) {
        return new ApiException(403, "forbidden", message, null);
    }

    /** 404: no such thing. */
    public static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message, null);
    }

    /** 409: the request conflicts with the current state. */
    public static ApiException conflict(String message) {
        return new ApiException(409, "conflict", message, null);
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** The machine-readable code, e.g. {@code validation_failed}. */
    public String code() {
        return code;
    }

    /** How long the caller should wait before trying again, when the failure says so. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** The details (null when none), rendered as JSON. */
    public Object details() {
        return details;
    }
}
