package ng.korrect.bus.acl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A password as an ACL file keeps it: the SHA-256 of its UTF-8 bytes, written {@code #<64 hex digits>},
 * so that the file can be read, copied and reviewed without revealing the password. The plain password
 * goes only into the service's {@code REDIS_URL}.
 *
 * @param sha256 the lower-case hex SHA-256 of the password
 */
public record AclPassword(String sha256) {

    /** The alphabet of generated passwords: letters and digits, so that they need no escaping in a URL. */
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    /** Length of a generated password: 32 characters of 62 is about 190 bits. */
    private static final int GENERATED_LENGTH = 32;

    /** Rejects anything but 64 lower-case hex digits. */
    public AclPassword {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a password hash is 64 lower-case hex digits");
        }
    }

    /** The hash of that password; a blank one is refused, since it would let anyone in who guesses it. */
    public static AclPassword of(String password) {
        if (password == null || password.isBlank()) {
            throw new IllegalArgumentException("a password must not be blank");
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
            return new AclPassword(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** A new random password of letters and digits, fit for a URL as it is. */
    public static String generate(SecureRandom random) {
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    /** The ACL rule that adds it to a user: {@code #<sha256>}. */
    public String rule() {
        return "#" + sha256;
    }

    @Override
    public String toString() {
        return rule();
    }
}
