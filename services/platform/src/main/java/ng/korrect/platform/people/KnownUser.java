package ng.korrect.platform.people;

import java.util.Objects;
import java.util.Optional;
import ng.korrect.catalog.payload.Role;
import ng.korrect.service.peer.UserAccount;

/**
 * What the platform knows of a user, from {@code user.created}, {@code user.updated} (refreshed from the
 * Users service) and {@code user.email_verified}.
 *
 * @param userId the user's id
 * @param role customer, artisan or admin
 * @param email the email address, where deliveries by email go
 * @param firstName the first name
 * @param lastName the last name
 * @param phone the phone number, where SMS go, if the user gave one
 * @param emailVerified whether the user confirmed the address
 */
public record KnownUser(String userId, Role role, String email, String firstName, String lastName,
                        Optional<String> phone, boolean emailVerified) {

    /** Rejects nulls. */
    public KnownUser {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(phone, "phone");
    }

    /** The user as the Users service's account shows them. */
    public static KnownUser of(UserAccount account) {
        return new KnownUser(account.userId(), account.role(), account.email(), account.firstName(), account.lastName(),
                account.phone(), account.emailVerified());
    }

    /** The name people see: first and last name. */
    public String fullName() {
        return (firstName + " " + lastName).strip();
    }
}
