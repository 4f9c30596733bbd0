package ng.korrect.service;

import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A process's environment variables, read the way every Korrect setting is: blank counts as unset,
 * unset gives the working default, and a bad value fails at once with a {@link ConfigException} that
 * names the variable and quotes the value. Immutable.
 *
 * <pre>{@code
 * Environment env = Environment.of(System.getenv());
 * int cost = env.integer("KORRECT_USERS_BCRYPT_COST", 12, 4, 31);
 * Duration ttl = env.duration("KORRECT_USERS_VERIFICATION_TTL", Duration.ofHours(24));
 * URI users = env.httpUrl("KORRECT_USERS_URL").orElse(URI.create("http://127.0.0.1:3001"));
 * }</pre>
 */
public final class Environment {

    private final Map<String, String> variables;

    private Environment(Map<String, String> variables) {
        this.variables = Map.copyOf(variables);
    }

    /** Those variables. */
    public static Environment of(Map<String, String> variables) {
        return new Environment(Objects.requireNonNull(variables, "variables"));
    }

    /** The process's variables. */
    public static Environment system() {
        return of(System.getenv());
    }

    /** The variable's value without surrounding blanks; empty when unset or blank. */
    public Optional<String> text(String name) {
        return Optional.ofNullable(variables.get(name)).map(String::strip).filter(text -> !text.isEmpty());
    }

    /** A whole number between {@code min} and {@code max}, both included; {@code fallback} when unset. */
    public long number(String name, long fallback, long min, long max) {
        Optional<String> text = text(name);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            long parsed = Long.parseLong(text.get());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below, with the range
        }
        throw new ConfigException(name, "must be a whole number between " + min + " and " + max
                + ", was \"" + text.get() + "\"");
    }

    /** {@link #number} for an {@code int}. */
    public int integer(String name, int fallback, int min, int max) {
        return (int) number(name, fallback, min, max);
    }

    /** A positive ISO 8601 duration such as {@code PT24H}; {@code fallback} when unset. */
    public Duration duration(String name, Duration fallback) {
        Optional<String> text = text(name);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            Duration parsed = Duration.parse(text.get());
            if (!parsed.isNegative() && !parsed.isZero()) {
                return parsed;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new ConfigException(name, "must be a positive ISO 8601 duration such as PT24H, was \"" + text.get() + "\"");
    }

    /** An {@code http://} or {@code https://} URL with a host, without its trailing slash; empty when unset. */
    public Optional<URI> httpUrl(String name) {
        return text(name).map(text -> {
            String trimmed = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
            if (!trimmed.startsWith("http://") && !trimmed.startsWith("https://")) {
                throw new ConfigException(name, "must be an http:// or https:// URL, was \"" + text + "\"");
            }
            try {
                URI uri = URI.create(trimmed);
                if (uri.getHost() == null) {
                    throw new IllegalArgumentException("no host");
                }
                return uri;
            } catch (IllegalArgumentException e) {
                throw new ConfigException(name, "is not a valid URL: \"" + text + "\"");
            }
        });
    }
}
