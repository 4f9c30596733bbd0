package ng.korrect.transaction.artisan;

import java.util.Objects;

/**
 * What a booking needs to know of an artisan profile.
 *
 * @param profileId the profile's id
 * @param userId the artisan user who owns it
 */
public record ArtisanProfile(String profileId, String userId) {

    /** Rejects nulls. */
    public ArtisanProfile {
        Objects.requireNonNull(profileId, "profileId");
        Objects.requireNonNull(userId, "userId");
    }
}
