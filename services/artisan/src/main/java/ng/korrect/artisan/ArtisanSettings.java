package ng.korrect.artisan;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import ng.korrect.service.ConfigException;
import ng.korrect.service.Environment;

/**
 * The artisan service's own settings, read from environment variables; every one has a working default
 * and a bad value fails at once with a {@link ConfigException} naming the variable.
 *
 * @param usersUrl the Users service's base URL ({@value #USERS_URL}; default {@value #DEFAULT_USERS_URL})
 * @param usersTimeout how long one call to Users may take ({@value #USERS_TIMEOUT_MS}, milliseconds; default 2000)
 * @param usersAttempts how many quick tries one sync makes before the event is handed back to the bus
 *                      ({@value #USERS_ATTEMPTS}; default 3)
 * @param maxDeliveries how many deliveries an event gets before it goes to the dead letters
 *                      ({@value #MAX_DELIVERIES}; default 12, two and a half to five minutes of retries, so that a
 *                      Users outage delays {@code user.updated} rather than dropping it)
 */
public record ArtisanSettings(URI usersUrl, Duration usersTimeout, int usersAttempts, int maxDeliveries) {

    /** The variable of {@link #usersUrl()}. */
    public static final String USERS_URL = "KORRECT_USERS_URL";
    /** The variable of {@link #usersTimeout()}. */
    public static final String USERS_TIMEOUT_MS = "ARTISAN_USERS_TIMEOUT_MS";
    /** The variable of {@link #usersAttempts()}. */
    public static final String USERS_ATTEMPTS = "ARTISAN_USERS_ATTEMPTS";
    /** The variable of {@link #maxDeliveries()}. */
    public static final String MAX_DELIVERIES = "ARTISAN_EVENT_MAX_DELIVERIES";
    /** Where Users runs by default. */
    public static final String DEFAULT_USERS_URL = "http://localhost:3001";
    /** The defaults. */
    public static final ArtisanSettings DEFAULTS = fromMap(Map.of());

    /** The settings of the process's environment. */
    public static ArtisanSettings fromEnvironment() {
        return fromMap(System.getenv());
    }

    /** The settings of that map of variables; blank values count as unset. */
    public static ArtisanSettings fromMap(Map<String, String> variables) {
        Environment env = Environment.of(variables);
        URI usersUrl = env.httpUrl(USERS_URL).orElse(URI.create(DEFAULT_USERS_URL));
        int timeoutMs = env.integer(USERS_TIMEOUT_MS, 2_000, 1, 60_000);
        int attempts = env.integer(USERS_ATTEMPTS, 3, 1, 10);
        int deliveries = env.integer(MAX_DELIVERIES, 12, 1, 100);
        return new ArtisanSettings(usersUrl, Duration.ofMillis(timeoutMs), attempts, deliveries);
    }
}
