package ng.korrect.users.auth;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The minimum strength of a password, checked at registration:
 * <ul>
 *   <li>at least {@value #MIN_LENGTH} characters;</li>
 *   <li>at most {@value #MAX_BYTES} bytes in UTF-8, the most bcrypt reads (longer ones would be cut silently);</li>
 *   <li>at least two kinds of character among lower-case letters, upper-case letters, digits and others;</li>
 *   <li>not the email address, nor its part before the {@code @}, ignoring case.</li>
 * </ul>
 * Pure; thread-safe.
 */
public final class PasswordPolicy {

    /** The fewest characters of a password. */
    public static final int MIN_LENGTH = 10;
    /** The most UTF-8 bytes of a password. */
    public static final int MAX_BYTES = 72;
    /** The fewest kinds of character a password mixes. */
    public static final int MIN_KINDS = 2;

    private PasswordPolicy() {
    }

    /** Why the password is too weak for that email address; empty when it is strong enough. */
    public static Optional<String> weakness(String password, String email) {
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("must be at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("must be at most " + MAX_BYTES + " bytes in UTF-8");
        }
        if (kinds(password) < MIN_KINDS) {
            return Optional.of("must mix at least " + MIN_KINDS
                    + " kinds of character (lower-case letters, upper-case letters, digits, others)");
        }
        if (email != null && isTheEmail(password, email)) {
            return Optional.of("must not be the email address or its part before the @");
        }
        return Optional.empty();
    }

    private static int kinds(String password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int codePoint : password.codePoints().toArray()) {
            if (Character.isLowerCase(codePoint)) {
                lower = true;
            } else if (Character.isUpperCase(codePoint)) {
                upper = true;
            } else if (Character.isDigit(codePoint)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    private static boolean isTheEmail(String password, String email) {
        String candidate = password.toLowerCase(Locale.ROOT);
        String address = email.strip().toLowerCase(Locale.ROOT);
        int at = address.lastIndexOf('@');
        return candidate.equals(address) || (at > 0 && candidate.equals(address.substring(0, at)));
    }
}
