package ng.korrect.artisan.profile;

import java.time.Instant;
import java.util.List;

/**
 * An artisan profile as stored.
 *
 * @param profileId the profile's id
 * @param userId the artisan user who owns it
 * @param displayName the name shown to customers
 * @param servicesOffered what the artisan offers, in the artisan's order
 * @param location where the artisan works
 * @param verificationStatus where the profile stands in verification
 * @param ownerFirstName the owner's first name as Users last told it; null until then
 * @param ownerLastName the owner's last name as Users last told it; null until then
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
public record Profile(String profileId, String userId, String displayName, List<String> servicesOffered,
                     String location, VerificationStatus verificationStatus, String ownerFirstName,
                     String ownerLastName, Instant createdAt, Instant updatedAt) {

    /** Copies the list. */
    public Profile {
        servicesOffered = List.copyOf(servicesOffered);
    }
}
