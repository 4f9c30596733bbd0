package ng.korrect.users;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import ng.korrect.service.ConfigException;
import ng.korrect.service.Environment;
import ng.korrect.users.auth.HashingCapacity;

/**
 * The settings of the users service beyond the kit's, read from environment variables with working
 * defaults; a bad value fails at once with a {@link ConfigException} naming the variable. Immutable.
 *
 * @param bcryptCost the bcrypt cost of stored passwords ({@value #COST_VARIABLE}; default
 *                   {@value #DEFAULT_COST}; {@value #MIN_COST} to {@value #MAX_COST}, below 10 only for tests)
 * @param verificationTtl how long an email verification link stays valid ({@value #TTL_VARIABLE}, an ISO 8601
 *                        duration such as {@code PT24H}; default 24 hours)
 * @param publicUrl the address users reach the service at, the start of verification links
 *                  ({@value #PUBLIC_URL_VARIABLE}; default {@code http://localhost:{PORT}}, {@value #DEFAULT_PUBLIC_URL}
 *                  when the service's {@code PORT} is unset or 0; without a trailing slash)
 * @param loginMaxFailures how many failed sign-ins of one address from one client are allowed within
 *                         {@code loginFailureWindow} before further attempts are refused with 429
 *                         ({@value #LOGIN_FAILURES_VARIABLE}; default {@value #DEFAULT_LOGIN_FAILURES}; 1 to 1000)
 * @param loginFailureWindow how long a failed sign-in counts ({@value #LOGIN_WINDOW_VARIABLE}; default 15 minutes)
 * @param hashingThreads how many passwords are hashed or checked at once, on threads of their own
 *                       ({@value #HASHING_THREADS_VARIABLE}; default the number of cores; 1 to 256)
 * @param hashingQueue how many more may wait for a hashing thread before further sign-ins and registrations
 *                     are refused with 503 {@code busy} ({@value #HASHING_QUEUE_VARIABLE}; 0 to 10000; default
 *                     empty: as many as the threads check within two seconds, measured at start)
 */
public record UsersSettings(int bcryptCost, Duration verificationTtl, String publicUrl, int loginMaxFailures,
                            Duration loginFailureWindow, int hashingThreads, OptionalInt hashingQueue) {

    /** The variable of {@link #bcryptCost()}. */
    public static final String COST_VARIABLE = "KORRECT_USERS_BCRYPT_COST";
    /** The variable of {@link #verificationTtl()}. */
    public static final String TTL_VARIABLE = "KORRECT_USERS_VERIFICATION_TTL";
    /** The variable of {@link #publicUrl()}. */
    public static final String PUBLIC_URL_VARIABLE = "KORRECT_USERS_PUBLIC_URL";
    /** The variable of {@link #loginMaxFailures()}. */
    public static final String LOGIN_FAILURES_VARIABLE = "KORRECT_USERS_LOGIN_MAX_FAILURES";
    /** The variable of {@link #loginFailureWindow()}. */
    public static final String LOGIN_WINDOW_VARIABLE = "KORRECT_USERS_LOGIN_FAILURE_WINDOW";
    /** The variable of {@link #hashingThreads()}. */
    public static final String HASHING_THREADS_VARIABLE = "KORRECT_USERS_HASHING_THREADS";
    /** The variable of {@link #hashingQueue()}. */
    public static final String HASHING_QUEUE_VARIABLE = "KORRECT_USERS_HASHING_QUEUE";
    /** The default number of failed sign-ins allowed per window. */
    public static final int DEFAULT_LOGIN_FAILURES = 5;
    /** The default time a failed sign-in counts. */
    public static final Duration DEFAULT_LOGIN_WINDOW = Duration.ofMinutes(15);
    /** The default bcrypt cost: about a quarter of a second per hash on a current server core. */
    public static final int DEFAULT_COST = 12;
    /** The lowest cost accepted; tests use it to stay fast. */
    public static final int MIN_COST = 4;
    /** The highest cost bcrypt knows. */
    public static final int MAX_COST = 31;
    /** The default lifetime of a verification link. */
    public static final Duration DEFAULT_TTL = Duration.ofHours(24);
    /** The default public address. */
    public static final String DEFAULT_PUBLIC_URL = "http://localhost:3001";

    /** Rejects values out of range and strips a trailing slash from the public address. */
    public UsersSettings {
        if (bcryptCost < MIN_COST || bcryptCost > MAX_COST) {
            throw new ConfigException(COST_VARIABLE, "must be between " + MIN_COST + " and " + MAX_COST + ", was " + bcryptCost);
        }
        if (verificationTtl == null || verificationTtl.isNegative() || verificationTtl.isZero()) {
            throw new ConfigException(TTL_VARIABLE, "must be a positive duration, was " + verificationTtl);
        }
        publicUrl = checkedUrl(publicUrl);
        if (loginMaxFailures < 1 || loginMaxFailures > 1000) {
            throw new ConfigException(LOGIN_FAILURES_VARIABLE, "must be between 1 and 1000, was " + loginMaxFailures);
        }
        if (loginFailureWindow == null || loginFailureWindow.isNegative() || loginFailureWindow.isZero()) {
            throw new ConfigException(LOGIN_WINDOW_VARIABLE, "must be a positive duration, was " + loginFailureWindow);
        }
        if (hashingThreads < 1 || hashingThreads > HashingCapacity.MAX_THREADS) {
            throw new ConfigException(HASHING_THREADS_VARIABLE, "must be between 1 and " + HashingCapacity.MAX_THREADS
                    + ", was " + hashingThreads);
        }
        Objects.requireNonNull(hashingQueue, "hashingQueue");
        if (hashingQueue.isPresent() && (hashingQueue.getAsInt() < 0 || hashingQueue.getAsInt() > HashingCapacity.MAX_QUEUE)) {
            throw new ConfigException(HASHING_QUEUE_VARIABLE, "must be between 0 and " + HashingCapacity.MAX_QUEUE
                    + ", was " + hashingQueue.getAsInt());
        }
    }

    /** The defaults. */
    public static UsersSettings defaults() {
        return fromMap(Map.of());
    }

    /** The settings of the process's environment. */
    public static UsersSettings fromEnvironment() {
        return fromMap(System.getenv());
    }

    /** The settings of that map of variables; blank values count as unset. */
    public static UsersSettings fromMap(Map<String, String> variables) {
        Environment env = Environment.of(variables);
        int cost = env.integer(COST_VARIABLE, DEFAULT_COST, MIN_COST, MAX_COST);
        Duration ttl = env.duration(TTL_VARIABLE, DEFAULT_TTL);
        int port = env.integer("PORT", 0, 0, 65_535); // where this service listens, when set (USERS_PORT in korrect up)
        String url = env.text(PUBLIC_URL_VARIABLE).orElse(port == 0 ? DEFAULT_PUBLIC_URL : "http://localhost:" + port);
        int loginFailures = env.integer(LOGIN_FAILURES_VARIABLE, DEFAULT_LOGIN_FAILURES, 1, 1000);
        Duration loginWindow = env.duration(LOGIN_WINDOW_VARIABLE, DEFAULT_LOGIN_WINDOW);
        int threads = env.integer(HASHING_THREADS_VARIABLE, Runtime.getRuntime().availableProcessors(), 1,
                HashingCapacity.MAX_THREADS);
        OptionalInt queue = env.text(HASHING_QUEUE_VARIABLE).isPresent()
                ? OptionalInt.of(env.integer(HASHING_QUEUE_VARIABLE, 0, 0, HashingCapacity.MAX_QUEUE)) : OptionalInt.empty();
        return new UsersSettings(cost, ttl, url, loginFailures, loginWindow, threads, queue);
    }

    /** These settings with another bcrypt cost. */
    public UsersSettings withBcryptCost(int cost) {
        return new UsersSettings(cost, verificationTtl, publicUrl, loginMaxFailures, loginFailureWindow, hashingThreads,
                hashingQueue);
    }

    /** These settings with that many hashing threads and that queue (empty: sized by the wait budget). */
    public UsersSettings withHashing(int threads, OptionalInt queue) {
        return new UsersSettings(bcryptCost, verificationTtl, publicUrl, loginMaxFailures, loginFailureWindow, threads, queue);
    }

    private static String checkedUrl(String url) {
        if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
            throw new ConfigException(PUBLIC_URL_VARIABLE, "must start with http:// or https://, was \"" + url + "\"");
        }
        try {
            URI parsed = URI.create(url);
            if (parsed.getHost() == null || parsed.getQuery() != null || parsed.getFragment() != null) {
                throw new IllegalArgumentException("no host, or a query or fragment");
            }
        } catch (IllegalArgumentException e) {
            throw new ConfigException(PUBLIC_URL_VARIABLE, "must be an http(s) address without query, was \"" + url + "\"");
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
