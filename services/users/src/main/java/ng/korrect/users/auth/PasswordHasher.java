package ng.korrect.users.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/**
 * Hashes and checks passwords with bcrypt (salted, slow, the cost from the settings). A password is
 * stored only as its hash. Checking against an unknown account still costs one bcrypt comparison
 * ({@link #checkAgainstNothing}), so that the time of a login does not tell whether the email exists.
 * Thread-safe.
 */
public final class PasswordHasher {

    private final int cost;
    private final String decoyHash;

    /** A hasher at that bcrypt cost (4 to 31). */
    public PasswordHasher(int cost) {
        this.cost = cost;
        this.decoyHash = hash("a decoy that no password matches");
    }

    /** The bcrypt hash of the password, in the modular crypt format ({@code $2a$cost$salt+hash}). */
    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    /** Whether the password matches the stored hash. */
    public boolean matches(String password, String storedHash) {
        if (password.getBytes(StandardCharsets.UTF_8).length > PasswordPolicy.MAX_BYTES) {
            BCrypt.verifyer().verify(new char[0], storedHash);
            return false;
        }
        return BCrypt.verifyer().verify(password.toCharArray(), storedHash).verified;
    }

    /** Spends the time of one check, for a login whose email is unknown; always false. */
    public boolean checkAgainstNothing(String password) {
        matches(password, decoyHash);
        return false;
    }
}
