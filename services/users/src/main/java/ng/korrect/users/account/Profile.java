package ng.korrect.users.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The part of an account its owner edits.
 *
 * @param firstName the first name, not blank
 * @param lastName the last name, not blank
 * @param phone the phone number, normalized by {@link PhoneNumber}; empty when none
 */
public record Profile(String firstName, String lastName, Optional<String> phone) {

    /** The wire name of {@link #firstName()}, as the API and {@code user.updated} name it. */
    public static final String FIRST_NAME = "firstName";
    /** The wire name of {@link #lastName()}. */
    public static final String LAST_NAME = "lastName";
    /** The wire name of {@link #phone()}. */
    public static final String PHONE = "phone";

    /** Rejects nulls. */
    public Profile {
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(phone, "phone");
    }

    /** The names of the fields whose values differ in the other profile, in the order of this record. */
    public List<String> changesTo(Profile other) {
        List<String> changes = new ArrayList<>();
        if (!firstName.equals(other.firstName)) {
            changes.add(FIRST_NAME);
        }
        if (!lastName.equals(other.lastName)) {
            changes.add(LAST_NAME);
        }
        if (!phone.equals(other.phone)) {
            changes.add(PHONE);
        }
        return List.copyOf(changes);
    }
}
