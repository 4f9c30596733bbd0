package ng.korrect.users.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import ng.korrect.service.ApiException;

/**
 * Hashes and checks passwords with bcrypt (salted, slow, the cost from the settings). A password is
 * stored only as its hash. Checking against an unknown account still costs one bcrypt comparison
 * ({@link #checkAgainstNothing}), so that the time of a login does not tell whether the email exists.
 *
 * <p>The bcrypt work runs on a pool of its own, half the cores (at least one thread), with a short queue:
 * on the virtual threads that serve every route, a flood of sign-ins took the few carrier threads and a
 * booking list went from 3 ms to 5 s. Beyond the queue a sign-in is refused at once with 503 {@code busy}
 * and a {@code Retry-After}, rather than waiting behind the flood. Thread-safe.
 */
public final class PasswordHasher {

    /** Sign-ins that may wait for a hashing thread, per thread. */
    static final int QUEUE_PER_THREAD = 8;
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private final int cost;
    private final String decoyHash;
    private final ThreadPoolExecutor pool;

    /** A hasher at that bcrypt cost (4 to 31), on half the cores. */
    public PasswordHasher(int cost) {
        this(cost, Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
    }

    /** A hasher at that bcrypt cost on that many threads. */
    PasswordHasher(int cost, int threads) {
        this.cost = cost;
        this.decoyHash = BCrypt.withDefaults().hashToString(cost, "a decoy that no password matches".toCharArray());
        AtomicInteger counter = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(threads * QUEUE_PER_THREAD),
                work -> Thread.ofPlatform().daemon().name("users-bcrypt-" + counter.incrementAndGet()).unstarted(work),
                new ThreadPoolExecutor.AbortPolicy());
        pool.allowCoreThreadTimeOut(true);
    }

    /** The bcrypt hash of the password, in the modular crypt format ({@code $2a$cost$salt+hash}). */
    public String hash(String password) {
        return onPool(() -> BCrypt.withDefaults().hashToString(cost, password.toCharArray()));
    }

    /** Whether the password matches the stored hash. */
    public boolean matches(String password, String storedHash) {
        return onPool(() -> {
            if (password.getBytes(StandardCharsets.UTF_8).length > PasswordPolicy.MAX_BYTES) {
                BCrypt.verifyer().verify(new char[0], storedHash);
                return false;
            }
            return BCrypt.verifyer().verify(password.toCharArray(), storedHash).verified;
        });
    }

    /** Spends the time of one check, for a login whose email is unknown; always false. */
    public boolean checkAgainstNothing(String password) {
        matches(password, decoyHash);
        return false;
    }

    private <T> T onPool(Callable<T> work) {
        Future<T> result;
        try {
            result = pool.submit(work);
        } catch (RejectedExecutionException full) {
            throw ApiException.busy("too many sign-ins at once; try again in a moment", RETRY_AFTER);
        }
        try {
            return result.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while hashing a password", e);
        }
    }
}
