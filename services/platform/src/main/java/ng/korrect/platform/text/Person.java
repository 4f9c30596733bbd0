package ng.korrect.platform.text;

import java.util.Objects;
import java.util.Optional;

/**
 * Someone a notification speaks of: their user id and, where the users read model knows it, their name.
 *
 * @param userId the user's id
 * @param name the full name, if known
 */
public record Person(String userId, Optional<String> name) {

    /** Rejects nulls; the name is kept on one line, without control characters or bidirectional overrides. */
    public Person {
        Objects.requireNonNull(userId, "userId");
        name = Objects.requireNonNull(name, "name").map(text -> ChannelText.plain(text, false));
    }

    /** Someone whose name is not known. */
    public static Person unnamed(String userId) {
        return new Person(userId, Optional.empty());
    }

    /** The name, or the description given (e.g. "your customer") when it is not known. */
    public String nameOr(String description) {
        return name.orElse(description);
    }
}
