package ng.korrect.users.verification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret of a verification link: 32 random bytes, URL-safe Base64 without padding (43 characters),
 * and its SHA-256, which is all the database keeps. A fast hash is enough here, unlike for passwords:
 * the secret is random with 256 bits, so it cannot be guessed from its hash. Pure; thread-safe.
 */
public final class VerificationSecret {

    /** The random bytes of a secret. */
    public static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationSecret() {
    }

    /** A new random secret. */
    public static String generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The SHA-256 of the secret, in lower-case hex (64 characters). */
    public static String hashOf(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
