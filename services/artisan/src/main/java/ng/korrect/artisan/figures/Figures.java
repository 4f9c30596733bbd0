package ng.korrect.artisan.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An artisan profile's figures, as the API shows them. Rates are fractions between 0 and 1 with four
 * decimals, over the bookings whose end says something of the artisan ({@link BookingTrack#decided()}:
 * completed, or cancelled by the artisan); null while none has.
 *
 * @param bookingCount every booking known for the artisan
 * @param completedJobs bookings confirmed
 * @param cancelledJobs bookings cancelled, by anyone
 * @param artisanCancellations bookings the artisan cancelled
 * @param completionRate completed / (completed + cancelled by the artisan); the customers' cancellations
 *                       do not count against the artisan
 * @param cancellationRate cancelled by the artisan / (completed + cancelled by the artisan)
 * @param averageRating the mean rating with two decimals, null without reviews
 * @param reviewCount how many reviews
 * @param trustScore {@link TrustScore}, 0 to 100
 */
public record Figures(long bookingCount, long completedJobs, long cancelledJobs, long artisanCancellations,
                      BigDecimal completionRate, BigDecimal cancellationRate, BigDecimal averageRating,
                      long reviewCount, double trustScore) {

    /** The figures of that record. */
    public static Figures of(BookingTrack track, RatingSummary ratings, boolean verified) {
        return new Figures(track.bookings(), track.completed(), track.cancelled(), track.cancelledByArtisan(),
                fraction(track.completed(), track.decided()), fraction(track.cancelledByArtisan(), track.decided()),
                ratings.reviews() == 0 ? null : BigDecimal.valueOf(ratings.ratingSum())
                        .divide(BigDecimal.valueOf(ratings.reviews()), 2, RoundingMode.HALF_UP),
                ratings.reviews(), TrustScore.of(track, ratings, verified));
    }

    private static BigDecimal fraction(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
