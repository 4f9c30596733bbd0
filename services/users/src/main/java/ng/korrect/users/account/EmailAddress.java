package ng.korrect.users.account;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An email address as the user typed it, and its key: the address in lower case, under which it is
 * unique and looked up, so that {@code Ada@Example.ng} and {@code ada@example.ng} are one account.
 *
 * @param value the address as typed (stripped), which events and the profile show
 */
public record EmailAddress(String value) {

    /** The longest address accepted (RFC 5321's limit of a path). */
    public static final int MAX_LENGTH = 254;
    /** The shape the event catalog requires of an email field: {@code local@domain.tld}, no spaces. */
    private static final Pattern SHAPE = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");

    /** Rejects an address that {@link #isValid} refuses. */
    public EmailAddress {
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            throw new IllegalArgumentException("not an email address: " + value);
        }
    }

    /** Whether the text is an address of the catalog's shape, at most {@value #MAX_LENGTH} characters. */
    public static boolean isValid(String text) {
        return text != null && text.length() <= MAX_LENGTH && SHAPE.matcher(text).matches();
    }

    /** The lookup key of an address: lower case, locale-independent. */
    public static String keyOf(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    /** This address's lookup key. */
    public String key() {
        return keyOf(value);
    }

    /** The part before the {@code @}. */
    public String localPart() {
        return value.substring(0, value.lastIndexOf('@'));
    }
}
