package ng.korrect.users.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Hashes and checks passwords with bcrypt (salted, slow, the cost from the settings). A password is
 * stored only as its hash. Checking against an unknown account still costs one bcrypt comparison
 * ({@link #checkAgainstNothing}), so that the time of a login does not tell whether the email exists.
 * Every hash and check runs on the {@link HashingPool}, so a flood of them is refused with 503
 * {@code busy} beyond the pool's capacity instead of slowing every other route. Thread-safe.
 */
public final class PasswordHasher {

    private static final String DECOY = "a decoy that no password matches";

    private final int cost;
    private final String decoyHash;
    private final Duration costOfOneHash;
    private final HashingPool pool;

    private PasswordHasher(int cost, String decoyHash, Duration costOfOneHash, HashingPool pool) {
        this.cost = cost;
        this.decoyHash = decoyHash;
        this.costOfOneHash = costOfOneHash;
        this.pool = pool;
    }

    /**
     * A hasher at that bcrypt cost (4 to 31) on a pool of that many threads; the queue is {@code queue} when
     * given, else sized for {@link HashingCapacity#WAIT_BUDGET} by the time one check takes on this machine,
     * measured here once.
     */
    public static PasswordHasher create(int cost, int threads, OptionalInt queue) {
        String decoyHash = BCrypt.withDefaults().hashToString(cost, DECOY.toCharArray()); // also warms the code up
        long started = System.nanoTime();
        BCrypt.verifyer().verify(DECOY.toCharArray(), decoyHash);
        Duration measured = Duration.ofNanos(Math.max(1, System.nanoTime() - started));
        HashingCapacity capacity = queue.isPresent() ? new HashingCapacity(threads, queue.getAsInt(), measured)
                : HashingCapacity.forWaitBudget(threads, measured, HashingCapacity.WAIT_BUDGET);
        return new PasswordHasher(cost, decoyHash, measured, new HashingPool(capacity));
    }

    /** The pool the work runs on. */
    public HashingPool pool() {
        return pool;
    }

    /** How long one check took when measured at creation. */
    public Duration costOfOneHash() {
        return costOfOneHash;
    }

    /** The bcrypt hash of the password, in the modular crypt format ({@code $2a$cost$salt+hash}). */
    public String hash(String password) {
        Objects.requireNonNull(password, "password");
        return pool.run(() -> BCrypt.withDefaults().hashToString(cost, password.toCharArray()));
    }

    /** Whether the password matches the stored hash. */
    public boolean matches(String password, String storedHash) {
        return pool.run(() -> {
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
}
