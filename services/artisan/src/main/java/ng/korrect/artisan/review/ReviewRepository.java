package ng.korrect.artisan.review;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import ng.korrect.artisan.figures.RatingSummary;
import ng.korrect.service.jdbc.Sql;

/** The reviews table. */
public final class ReviewRepository {

    private static final String COLUMNS =
            "review_id, profile_id, booking_id, customer_id, rating, title, body, anonymised, created_at";
    private static final String INSERT = "INSERT INTO reviews (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Stores a new review; a second review of the same booking fails with a unique violation. */
    public void insert(Connection connection, Review review) throws SQLException {
        Sql.update(connection, INSERT, values(review));
    }

    /** Stores the review unless one with its id exists; false when it did. */
    public boolean insertIfAbsent(Connection connection, Review review) throws SQLException {
        return Sql.update(connection, INSERT + " ON CONFLICT DO NOTHING", values(review)) == 1;
    }

    /** The review of that booking, if any. */
    public Optional<Review> findByBooking(Connection connection, String bookingId) throws SQLException {
        return Sql.first(connection, ReviewRepository::review, "SELECT " + COLUMNS + " FROM reviews WHERE booking_id = ?",
                bookingId);
    }

    /** Whether that customer has reviewed that profile already. */
    public boolean hasReviewed(Connection connection, String customerId, String profileId) throws SQLException {
        return Sql.count(connection, "SELECT COUNT(*) FROM reviews WHERE customer_id = ? "
                + "AND profile_id = ?", customerId, profileId) > 0;
    }

    /** The reviews of a profile, newest first. */
    public List<Review> ofProfile(Connection connection, String profileId) throws SQLException {
        return Sql.list(connection, ReviewRepository::review, "SELECT " + COLUMNS + " FROM reviews WHERE profile_id = ? "
                + "ORDER BY created_at DESC, review_id", profileId);
    }

    /**
     * The count and rating sum of a profile's reviews, counting one review per customer: their first (reviews
     * written before the one-per-customer rule, or arriving by event from elsewhere, may be more). Anonymised
     * reviews, whose author is erased, count each.
     */
    public RatingSummary summary(Connection connection, String profileId) throws SQLException {
        return Sql.first(connection, row -> new RatingSummary(row.getLong("reviews"), row.getDouble("rating_sum")),
                "SELECT COUNT(*) AS reviews, COALESCE(SUM(r.rating), 0) AS rating_sum FROM reviews r WHERE r.profile_id = ? "
                + "AND (r.customer_id IS NULL OR NOT EXISTS (SELECT 1 FROM reviews e WHERE e.profile_id = r.profile_id "
                + "AND e.customer_id = r.customer_id AND (e.created_at < r.created_at "
                + "OR (e.created_at = r.created_at AND e.review_id < r.review_id))))",
                profileId).orElse(RatingSummary.NONE);
    }

    /** Keeps a deleted customer's reviews for their ratings and erases who wrote them and their words. */
    public void anonymiseCustomer(Connection connection, String customerId) throws SQLException {
        Sql.update(connection, "UPDATE reviews SET customer_id = NULL, title = NULL, body = NULL, anonymised = TRUE "
                + "WHERE customer_id = ?", customerId);
    }

    /** Deletes the reviews of a deleted profile. */
    public void deleteOfProfile(Connection connection, String profileId) throws SQLException {
        Sql.update(connection, "DELETE FROM reviews WHERE profile_id = ?", profileId);
    }

    private static Object[] values(Review review) {
        return new Object[] {review.reviewId(), review.profileId(), review.bookingId(), review.customerId(),
            review.rating(), review.title(), review.text(), review.anonymised(), review.createdAt()};
    }

    private static Review review(ResultSet row) throws SQLException {
        return new Review(row.getString("review_id"), row.getString("profile_id"), row.getString("booking_id"),
                row.getString("customer_id"), Review.stars(row.getDouble("rating")), row.getString("title"), row.getString("body"),
                row.getBoolean("anonymised"), Sql.instant(row, "created_at"));
    }
}
