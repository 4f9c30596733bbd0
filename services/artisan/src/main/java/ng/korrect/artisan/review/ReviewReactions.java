package ng.korrect.artisan.review;

import java.sql.Connection;
import java.sql.SQLException;
import ng.korrect.artisan.account.ErasedUsers;
import ng.korrect.artisan.profile.ProfileRepository;
import ng.korrect.bus.PermanentFailureException;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.payload.ReviewCreated;

/**
 * {@code review.created} as the artisan group consumes it: the review is stored unless its id is known,
 * so a review written by another instance (or another implementation sharing the streams) counts in
 * the profile's rating once, and this service's own reviews, already stored, change nothing. A review of a
 * profile that is not there is dropped: its profile was erased with its reviews (the event names no user to
 * tell an erased profile from one that never was). A title longer than a review keeps
 * ({@value #MAX_TITLE_LENGTH} characters, as this service's own API allows) fails permanently: no
 * delivery will store it, so it goes to the dead letters at once, rating included.
 */
public final class ReviewReactions {

    /** The longest title a review keeps, in characters. */
    public static final int MAX_TITLE_LENGTH = 200;

    private final ProfileRepository profiles;
    private final ReviewRepository reviews;
    private final ErasedUsers erasedUsers;

    /** Handles events on these repositories. */
    public ReviewReactions(ProfileRepository profiles, ReviewRepository reviews, ErasedUsers erasedUsers) {
        this.profiles = profiles;
        this.reviews = reviews;
        this.erasedUsers = erasedUsers;
    }

    /** Stores the review of the event unless known, or its profile is gone; anonymised when its author was erased. */
    public void onReviewCreated(Event<ReviewCreated> event, Connection connection) throws SQLException {
        ReviewCreated created = event.payload();
        if (profiles.findForUpdate(connection, created.artisanProfileId()).isEmpty()) {
            return;
        }
        boolean erased = erasedUsers.contains(connection, created.customerId());
        int titleLength = created.title().codePointCount(0, created.title().length());
        if (!erased && titleLength > MAX_TITLE_LENGTH) {
            throw new PermanentFailureException("review " + created.reviewId() + " has a title of " + titleLength
                    + " characters, more than the " + MAX_TITLE_LENGTH + " a review keeps");
        }
        reviews.insertIfAbsent(connection, new Review(created.reviewId(), created.artisanProfileId(), null,
                erased ? null : created.customerId(), Review.stars(created.rating()), erased ? null : created.title(), null, erased,
                event.timestamp()));
    }
}
