package ng.korrect.artisan.review;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A review of an artisan profile, as stored and shown.
 *
 * @param reviewId the review's id
 * @param profileId the profile reviewed
 * @param bookingId the confirmed booking it is about; null for a review known only from its event
 * @param customerId who wrote it; null once that customer's account was deleted
 * @param rating 1 to 5: whole stars from this service's API, any number from other producers of
 *     {@code review.created} (the catalog's {@code rating: number}); written without trailing zeros
 * @param title the title; null once anonymised
 * @param text the text; null once anonymised, or for a review known only from its event
 * @param anonymised whether its author's account was deleted (the rating stays, the words go)
 * @param createdAt when it was written
 */
public record Review(String reviewId, String profileId, String bookingId, String customerId, BigDecimal rating,
                     String title, String text, boolean anonymised, Instant createdAt) {

    /** A rating as a review holds it: {@code 5} for 5.0, {@code 4.5} for 4.5. */
    public static BigDecimal stars(double rating) {
        return BigDecimal.valueOf(rating).stripTrailingZeros();
    }
}
