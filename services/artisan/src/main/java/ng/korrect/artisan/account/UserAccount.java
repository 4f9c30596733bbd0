package ng.korrect.artisan.account;

import java.util.Optional;

/**
 * A user as the Users service shows it, as far as the artisan service needs it.
 *
 * @param userId the user's id
 * @param firstName the first name
 * @param lastName the last name
 */
public record UserAccount(String userId, String firstName, String lastName) {

    /** The value of one of the user's fields by its Users name, when this record holds it. */
    public Optional<String> field(String name) {
        return switch (name) {
            case "firstName" -> Optional.ofNullable(firstName);
            case "lastName" -> Optional.ofNullable(lastName);
            default -> Optional.empty();
        };
    }
}
