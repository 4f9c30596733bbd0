package ng.korrect.users;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import ng.korrect.service.ConfigException;
import ng.korrect.service.Environment;
import ng.korrect.service.TrustedProxies;
import ng.korrect.users.auth.HashingCapacity;
import ng.korrect.users.auth.LoginLimits;

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
 * @param loginLimits the failed sign-ins allowed before attempts are refused with 429 ({@link LoginLimits}):
 *                    per account and client ({@value #LOGIN_FAILURES_VARIABLE}), per client
 *                    ({@value #LOGIN_CLIENT_FAILURES_VARIABLE}), per account before its attempts are delayed
 *                    ({@value #LOGIN_ACCOUNT_FAILURES_VARIABLE}), each 1 to 1000; how long a failure counts
 *                    ({@value #LOGIN_WINDOW_VARIABLE}) and the longest delay ({@value #LOGIN_DELAY_VARIABLE})
 * @param hashingThreads how many passwords are hashed or checked at once, on threads of their own
 *                       ({@value #HASHING_THREADS_VARIABLE}; default the number of cores; 1 to 256)
 * @param hashingQueue how many more may wait for a hashing thread before further sign-ins and registrations
 *                     are refused with 503 {@code busy} ({@value #HASHING_QUEUE_VARIABLE}; 0 to 10000; default
 *                     empty: as many as the threads check within two seconds, measured at start)
 * @param trustedProxies the proxies whose {@code X-Forwarded-For} names the client of a sign-in
 *                       ({@value TrustedProxies#VARIABLE}, addresses and CIDR ranges; default none)
 */
public record UsersSettings(int bcryptCost, Duration verificationTtl, String publicUrl, LoginLimits loginLimits,
                            int hashingThreads, OptionalInt hashingQueue, TrustedProxies trustedProxies) {

    /** The variable of {@link #bcryptCost()}. */
    public static final String COST_VARIABLE = "KORRECT_USERS_BCRYPT_COST";
    /** The variable of {@link #verificationTtl()}. */
    public static final String TTL_VARIABLE = "KORRECT_USERS_VERIFICATION_TTL";
    /** The variable of {@link #publicUrl()}. */
    public static final String PUBLIC_URL_VARIABLE = "KORRECT_USERS_PUBLIC_URL";
    /** The variable of {@link LoginLimits#perAccountAndClient()}. */
    public static final String LOGIN_FAILURES_VARIABLE = "KORRECT_USERS_LOGIN_MAX_FAILURES";
    /** The variable of {@link LoginLimits#perClient()}. */
    public static final String LOGIN_CLIENT_FAILURES_VARIABLE = "KORRECT_USERS_LOGIN_MAX_CLIENT_FAILURES";
    /** The variable of {@link LoginLimits#perAccount()}. */
    public static final String LOGIN_ACCOUNT_FAILURES_VARIABLE = "KORRECT_USERS_LOGIN_ACCOUNT_FAILURES";
    /** The variable of {@link LoginLimits#window()}. */
    public static final String LOGIN_WINDOW_VARIABLE = "KORRECT_USERS_LOGIN_FAILURE_WINDOW";
    /** The variable of {@link LoginLimits#longestDelay()}. */
    public static final String LOGIN_DELAY_VARIABLE = "KORRECT_USERS_LOGIN_LONGEST_DELAY";
    /** The variable of {@link #hashingThreads()}. */
    public static final String HASHING_THREADS_VARIABLE = "KORRECT_USERS_HASHING_THREADS";
    /** The variable of {@link #hashingQueue()}. */
    public static final String HASHING_QUEUE_VARIABLE = "KORRECT_USERS_HASHING_QUEUE";
    /** The default number of failed sign-ins of one account from one client allowed per window. */
    public static final int DEFAULT_LOGIN_FAILURES = LoginLimits.DEFAULT_PER_ACCOUNT_AND_CLIENT;
    /** The default time a failed sign-in counts. */
    public static final Duration DEFAULT_LOGIN_WINDOW = LoginLimits.DEFAULT_WINDOW;
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
        Objects.requireNonNull(loginLimits, "loginLimits");
        Objects.requireNonNull(trustedProxies, "trustedProxies");
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
        LoginLimits limits = new LoginLimits(
                env.integer(LOGIN_FAILURES_VARIABLE, LoginLimits.DEFAULT_PER_ACCOUNT_AND_CLIENT, 1, LoginLimits.MAX_LIMIT),
                env.integer(LOGIN_CLIENT_FAILURES_VARIABLE, LoginLimits.DEFAULT_PER_CLIENT, 1, LoginLimits.MAX_LIMIT),
                env.integer(LOGIN_ACCOUNT_FAILURES_VARIABLE, LoginLimits.DEFAULT_PER_ACCOUNT, 1, LoginLimits.MAX_LIMIT),
                env.duration(LOGIN_WINDOW_VARIABLE, LoginLimits.DEFAULT_WINDOW),
                env.duration(LOGIN_DELAY_VARIABLE, LoginLimits.DEFAULT_LONGEST_DELAY));
        int threads = env.integer(HASHING_THREADS_VARIABLE, Runtime.getRuntime().availableProcessors(), 1,
                HashingCapacity.MAX_THREADS);
        OptionalInt queue = env.text(HASHING_QUEUE_VARIABLE).isPresent()
                ? OptionalInt.of(env.integer(HASHING_QUEUE_VARIABLE, 0, 0, HashingCapacity.MAX_QUEUE)) : OptionalInt.empty();
        return new UsersSettings(cost, ttl, url, limits, threads, queue, TrustedProxies.fromEnvironment(env));
    }

    /** These settings with another bcrypt cost. */
    public UsersSettings withBcryptCost(int cost) {
        return new UsersSettings(cost, verificationTtl, publicUrl, loginLimits, hashingThreads, hashingQueue, trustedProxies);
    }

    /** These settings with that many hashing threads and that queue (empty: sized by the wait budget). */
    public UsersSettings withHashing(int threads, OptionalInt queue) {
        return new UsersSettings(bcryptCost, verificationTtl, publicUrl, loginLimits, threads, queue, trustedProxies);
    }

    /** These settings with those sign-in limits. */
    public UsersSettings withLoginLimits(LoginLimits limits) {
        return new UsersSettings(bcryptCost, verificationTtl, publicUrl, limits, hashingThreads, hashingQueue, trustedProxies);
    }

    /** These settings trusting those proxies. */
    public UsersSettings withTrustedProxies(TrustedProxies proxies) {
        return new UsersSettings(bcryptCost, verificationTtl, publicUrl, loginLimits, hashingThreads, hashingQueue, proxies);
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
