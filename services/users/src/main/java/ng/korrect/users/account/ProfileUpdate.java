package ng.korrect.users.account;

import java.util.Objects;
import java.util.Optional;

/**
 * What a {@code PATCH} of the profile asks for: each field is changed only when the request names it;
 * {@code phone: null} removes the phone number.
 *
 * @param firstName the new first name, when given
 * @param lastName the new last name, when given
 * @param phone the new phone number when given: empty inside to remove it; empty outside to keep it
 */
public record ProfileUpdate(Optional<String> firstName, Optional<String> lastName, Optional<Optional<String>> phone) {

    /** Rejects nulls. */
    public ProfileUpdate {
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(phone, "phone");
    }

    /** The profile after this update. */
    public Profile applyTo(Profile current) {
        return new Profile(firstName.orElse(current.firstName()), lastName.orElse(current.lastName()),
                phone.orElse(current.phone()));
    }
}
