package ng.korrect.artisan.review;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import ng.korrect.artisan.figures.BookingLedger;
import ng.korrect.artisan.figures.BookingLedger.KnownBooking;
import ng.korrect.artisan.profile.Profile;
import ng.korrect.artisan.profile.ProfileRepository;
import ng.korrect.catalog.payload.ReviewCreated;
import ng.korrect.service.ApiException;
import ng.korrect.service.Caller;
import ng.korrect.service.Transactions;
import ng.korrect.service.jdbc.Sql;

/**
 * The reviews' use cases: a customer reviews a profile after a confirmed (so paid) booking with it, once per
 * booking and once per profile, publishing {@code review.created} in the same transaction; anyone signed in reads
 * a profile's reviews. A refused one throws the {@link ApiException} that names why.
 */
public final class Reviews {

    /** The code of a 409 for a customer's second review of one profile. */
    public static final String ALREADY_REVIEWED = "already_reviewed";

    private final Transactions transactions;
    private final BookingLedger ledger;
    private final Clock clock;
    private final ProfileRepository profiles = new ProfileRepository();
    private final ReviewRepository reviews = new ReviewRepository();

    /** The reviews of that database, eligible by the bookings of that ledger. */
    public Reviews(Transactions transactions, BookingLedger ledger, Clock clock) {
        this.transactions = transactions;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * What a customer writes of a profile.
     *
     * @param profileId the profile reviewed
     * @param bookingId the confirmed booking with it
     * @param rating 1 to 5 stars
     * @param title the title
     * @param text the text
     */
    public record Request(String profileId, String bookingId, int rating, String title, String text) {
    }

    /** The customer's review, with its profile locked while the eligibility is checked. */
    public Review create(Caller customer, Request request) {
        return transactions.inTransaction(tx -> {
            Profile profile = profiles.findForUpdate(tx.connection(), request.profileId())
                    .orElseThrow(() -> ApiException.notFound("no artisan profile " + request.profileId()));
            checkEligible(tx.connection(), customer, profile, request.bookingId());
            Review review = new Review(UUID.randomUUID().toString(), request.profileId(), request.bookingId(),
                    customer.userId(), Review.stars(request.rating()), request.title(), request.text(), false,
                    clock.instant());
            insertOnce(tx.connection(), review);
            tx.publish(new ReviewCreated(review.reviewId(), request.profileId(), customer.userId(), request.rating(),
                    request.title()));
            return review;
        });
    }

    /**
     * A profile and its reviews.
     *
     * @param profile the profile
     * @param reviews its reviews, in the repository's order
     */
    public record OfProfile(Profile profile, List<Review> reviews) {

        /** Copies the list. */
        public OfProfile {
            reviews = List.copyOf(reviews);
        }
    }

    /** The reviews of that profile; 404 for an unknown one. */
    public OfProfile ofProfile(String profileId) {
        return transactions.inTransaction(tx -> {
            Profile profile = profiles.find(tx.connection(), profileId)
                    .orElseThrow(() -> ApiException.notFound("no artisan profile " + profileId));
            return new OfProfile(profile, reviews.ofProfile(tx.connection(), profileId));
        });
    }

    private void checkEligible(Connection connection, Caller customer, Profile profile, String bookingId)
            throws SQLException {
        KnownBooking booking = ledger.find(connection, bookingId)
                .orElseThrow(() -> ApiException.conflict("booking " + bookingId + " is not a confirmed booking"));
        if (!customer.userId().equals(booking.customerId())) {
            throw ApiException.forbidden("booking " + bookingId + " is another customer's");
        }
        if (!booking.confirmed()) {
            throw ApiException.conflict("booking " + bookingId + " is not confirmed");
        }
        if (!profile.userId().equals(booking.artisanUserId())
                || booking.profileId() != null && !booking.profileId().equals(profile.profileId())) {
            throw ApiException.conflict("booking " + bookingId + " is with another artisan");
        }
        if (reviews.findByBooking(connection, bookingId).isPresent()) {
            throw ApiException.conflict("booking " + bookingId + " was already reviewed");
        }
        if (reviews.hasReviewed(connection, customer.userId(), profile.profileId())) {
            throw new ApiException(409, ALREADY_REVIEWED, "you have already reviewed this artisan profile: one review "
                    + "per customer and profile", null);
        }
    }

    private void insertOnce(Connection connection, Review review) throws SQLException {
        try {
            reviews.insert(connection, review);
        } catch (SQLException e) {
            if (Sql.isUniqueViolation(e)) {
                throw ApiException.conflict("booking " + review.bookingId() + " was already reviewed");
            }
            throw e;
        }
    }
}
