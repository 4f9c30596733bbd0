package ng.korrect.artisan.figures;

/**
 * The trust score of an artisan, 0 to 100. Three parts, each a Bayesian average between 0 and 1 that
 * starts at a neutral prior of {@value #PRIOR} and moves towards the artisan's record as evidence
 * grows ({@value #PRIOR_WEIGHT} pseudo-observations), so that a new artisan sits in the middle and one
 * job or one review cannot swing the score to an extreme:
 *
 * <ul>
 *   <li>completion = (completed + K·prior) / (decided + K), decided = completed + cancelled by the artisan
 *       (a customer's cancellation says nothing of the artisan and anyone can make one);</li>
 *   <li>reliability = (decided − cancelled by the artisan + K·prior) / (decided + K): only the artisan's
 *       own cancellations count against them;</li>
 *   <li>rating = (Σ (rating − 1) / 4 + K·prior) / (reviews + K).</li>
 * </ul>
 *
 * <p>score = 90 × (0.35·completion + 0.25·reliability + 0.40·rating) + (verified ? 10 : 0), clamped to
 * [0, 100] and rounded to one decimal. A new, unverified artisan scores 45.0; only a verified artisan can
 * pass 90. Pure and thread-safe.
 */
public final class TrustScore {

    /** The neutral value each part starts from. */
    public static final double PRIOR = 0.5;
    /** How many observations the prior is worth. */
    public static final double PRIOR_WEIGHT = 5.0;
    /** The weight of the completion part. */
    public static final double COMPLETION_WEIGHT = 0.35;
    /** The weight of the reliability part. */
    public static final double RELIABILITY_WEIGHT = 0.25;
    /** The weight of the rating part. */
    public static final double RATING_WEIGHT = 0.40;
    /** The points earned from the record; the rest is the verification bonus. */
    public static final double RECORD_POINTS = 90.0;
    /** The points a verified artisan gets on top. */
    public static final double VERIFIED_BONUS = 10.0;

    private TrustScore() {
    }

    /** The score of that record. */
    public static double of(BookingTrack track, RatingSummary ratings, boolean verified) {
        double decided = track.decided();
        double completion = smoothed(track.completed(), decided);
        double reliability = smoothed(decided - track.cancelledByArtisan(), decided);
        double rating = smoothed((ratings.ratingSum() - ratings.reviews()) / 4.0, ratings.reviews());
        double record = COMPLETION_WEIGHT * completion + RELIABILITY_WEIGHT * reliability + RATING_WEIGHT * rating;
        double score = RECORD_POINTS * record + (verified ? VERIFIED_BONUS : 0.0);
        return Math.round(Math.max(0.0, Math.min(100.0, score)) * 10.0) / 10.0;
    }

    private static double smoothed(double successes, double observations) {
        return (successes + PRIOR_WEIGHT * PRIOR) / (observations + PRIOR_WEIGHT);
    }
}
