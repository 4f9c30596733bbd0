package ng.korrect.service.peer;

import java.util.Optional;
import ng.korrect.catalog.payload.Role;

/**
 * An account as the Users service answers {@code GET /api/v1/account/{userId}}.
 *
 * @param userId the user's id
 * @param email the email address
 * @param firstName the first name
 * @param lastName the last name
 * @param phone the phone number, when there is one
 * @param role the role
 * @param emailVerified whether the address is verified
 */
public record UserAccount(String userId, String email, String firstName, String lastName, Optional<String> phone,
                          Role role, boolean emailVerified) {

    /** The value of one of the account's text fields by its name in the Users API, when it has one. */
    public Optional<String> field(String name) {
        return switch (name) {
            case "email" -> Optional.of(email);
            case "firstName" -> Optional.of(firstName);
            case "lastName" -> Optional.of(lastName);
            case "phone" -> phone;
            default -> Optional.empty();
        };
    }
}
