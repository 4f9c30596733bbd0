package ng.korrect.users.account;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads phone numbers the way people type them ({@code +234 803 123 4567}, {@code 0803-123-4567}) and
 * keeps only an optional leading {@code +} and the digits, 7 to 15 of them (E.164's limit), so that
 * the same number typed twice compares equal. Pure.
 */
public final class PhoneNumber {

    /** The longest text accepted before normalizing. */
    public static final int MAX_TYPED_LENGTH = 32;
    private static final Pattern TYPED = Pattern.compile("\\+?[0-9(][0-9 ().-]*");
    private static final Pattern NORMAL = Pattern.compile("\\+?[0-9]{7,15}");

    private PhoneNumber() {
    }

    /** The normalized number; empty when the text is not a phone number. */
    public static Optional<String> normalize(String typed) {
        if (typed == null || typed.length() > MAX_TYPED_LENGTH || !TYPED.matcher(typed.strip()).matches()) {
            return Optional.empty();
        }
        String normal = typed.strip().replaceAll("[ ().-]", "");
        return NORMAL.matcher(normal).matches() ? Optional.of(normal) : Optional.empty();
    }
}
