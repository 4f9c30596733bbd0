package ng.korrect.users.account;

import java.time.Instant;
import java.util.Optional;
import ng.korrect.catalog.payload.Role;

/**
 * A user's account as stored (without the password hash, which never leaves {@link AccountRepository}).
 *
 * @param userId the user's id (a UUID)
 * @param email the address as typed at registration
 * @param profile the names and phone the user keeps up to date
 * @param role customer, artisan or admin
 * @param emailVerified whether the address was confirmed through a verification link
 * @param createdAt when the account was registered
 * @param updatedAt when the profile last changed
 */
public record Account(String userId, EmailAddress email, Profile profile, Role role, boolean emailVerified,
                      Instant createdAt, Instant updatedAt) {

    /** The user's first name. */
    public String firstName() {
        return profile.firstName();
    }

    /** The user's last name. */
    public String lastName() {
        return profile.lastName();
    }

    /** The user's phone number, if they gave one. */
    public Optional<String> phone() {
        return profile.phone();
    }
}
