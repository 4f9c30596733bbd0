package ng.korrect.artisan.figures;

/**
 * The reviews of one profile, summed.
 *
 * @param reviews how many reviews
 * @param ratingSum the sum of their ratings (each 1 to 5, whole or not)
 */
public record RatingSummary(long reviews, double ratingSum) {

    /** What a sum of fractional ratings in floating point may be off by. */
    private static final double ROUNDING = 1e-6;

    /** No reviews. */
    public static final RatingSummary NONE = new RatingSummary(0, 0);

    /** Rejects sums no set of 1-to-5 ratings can have. */
    public RatingSummary {
        if (reviews < 0 || ratingSum < reviews - ROUNDING || ratingSum > 5 * reviews + ROUNDING) {
            throw new IllegalArgumentException("impossible ratings: " + reviews + " reviews summing to " + ratingSum);
        }
    }

    /** The mean rating, 1 to 5; NaN without reviews. */
    public double average() {
        return reviews == 0 ? Double.NaN : ratingSum / reviews;
    }
}
