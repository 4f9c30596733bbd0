package ng.korrect.artisan.profile;

import java.time.Instant;
import java.util.List;
import ng.korrect.artisan.figures.Figures;

/**
 * A profile as the API shows it, with its figures.
 *
 * @param profileId the profile's id
 * @param userId the artisan user who owns it
 * @param displayName the name shown to customers
 * @param servicesOffered what the artisan offers
 * @param location where the artisan works
 * @param verificationStatus {@code unverified}, {@code pending}, {@code verified} or {@code rejected}
 * @param owner the owner's names as the Users service last told them (null fields until then)
 * @param figures the figures from bookings and reviews
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
public record ProfileView(String profileId, String userId, String displayName, List<String> servicesOffered,
                          String location, String verificationStatus, Owner owner, Figures figures,
                          Instant createdAt, Instant updatedAt) {

    /** The view of that profile with those figures. */
    public static ProfileView of(Profile profile, Figures figures) {
        return new ProfileView(profile.profileId(), profile.userId(), profile.displayName(), profile.servicesOffered(),
                profile.location(), profile.verificationStatus().wireName(),
                new Owner(profile.ownerFirstName(), profile.ownerLastName()), figures, profile.createdAt(),
                profile.updatedAt());
    }

    /**
     * The owner's names.
     *
     * @param firstName the first name, or null
     * @param lastName the last name, or null
     */
    public record Owner(String firstName, String lastName) {
    }
}
