package ng.korrect.artisan.review;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import ng.korrect.artisan.figures.BookingLedger;
import ng.korrect.artisan.figures.BookingLedger.KnownBooking;
import ng.korrect.artisan.profile.Profile;
import ng.korrect.artisan.profile.ProfileRepository;
import ng.korrect.service.jdbc.Sql;
import ng.korrect.catalog.payload.ReviewCreated;
import ng.korrect.catalog.payload.Role;
import ng.korrect.service.ApiException;
import ng.korrect.service.Caller;
import ng.korrect.service.QueryParameters;
import ng.korrect.service.RequestBody;
import ng.korrect.service.Routes;
import ng.korrect.service.ServiceContext;

/**
 * {@code /api/v1/reviews}: a customer reviews a profile after a confirmed (so paid) booking with it, once per
 * booking and once per profile ({@code review.created}); anyone signed in reads a profile's reviews, with
 * who wrote each shown only to its writer, the profile's owner and admins.
 */
public final class ReviewRoutes implements Routes {

    /** The code of a 409 for a customer's second review of one profile. */
    public static final String ALREADY_REVIEWED = "already_reviewed";

    private final ServiceContext context;
    private final ProfileRepository profiles;
    private final ReviewRepository reviews;
    private final BookingLedger ledger;

    /** Routes on these repositories. */
    public ReviewRoutes(ServiceContext context, ProfileRepository profiles, ReviewRepository reviews, BookingLedger ledger) {
        this.context = context;
        this.profiles = profiles;
        this.reviews = reviews;
        this.ledger = ledger;
    }

    @Override
    public void install(Javalin app) {
        app.post("/api/v1/reviews", this::create);
        app.get("/api/v1/reviews", this::listOfProfile);
    }

    private void create(Context ctx) {
        Caller customer = context.auth().require(ctx, Role.CUSTOMER);
        RequestBody body = RequestBody.parse(ctx.body());
        String profileId = body.requiredText("profileId", 100);
        String bookingId = body.requiredText("bookingId", 100);
        Integer rating = body.requiredInt("rating", 1, 5);
        String title = body.requiredLine("title", ReviewReactions.MAX_TITLE_LENGTH);
        String text = body.requiredText("text", 5_000);
        body.validate();
        Review created = context.transactions().inTransaction(tx -> {
            Profile profile = profiles.findForUpdate(tx.connection(), profileId)
                    .orElseThrow(() -> ApiException.notFound("no artisan profile " + profileId));
            checkEligible(tx.connection(), customer, profile, bookingId);
            Review review = new Review(UUID.randomUUID().toString(), profileId, bookingId, customer.userId(), Review.stars(rating),
                    title, text, false, context.clock().instant());
            insertOnce(tx.connection(), review);
            tx.publish(new ReviewCreated(review.reviewId(), profileId, customer.userId(), rating, title));
            return review;
        });
        ctx.status(201).json(created);
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

    private void listOfProfile(Context ctx) {
        Caller reader = context.auth().require(ctx);
        String profileId = QueryParameters.requiredText(ctx, "profileId");
        ctx.json(context.transactions().inTransaction(tx -> {
            Profile profile = profiles.find(tx.connection(), profileId)
                    .orElseThrow(() -> ApiException.notFound("no artisan profile " + profileId));
            return Map.of("profileId", profileId, "reviews", reviews.ofProfile(tx.connection(), profileId).stream()
                    .map(review -> shown(review, reader, profile)).toList());
        }));
    }

    /**
     * The review as that reader may see it: who wrote it (customer and booking ids) only for the writer, the
     * profile's owner and admins; to everyone else the review is anonymous, as on a public listing.
     */
    private static Map<String, Object> shown(Review review, Caller reader, Profile profile) {
        boolean identified = reader.role() == Role.ADMIN || reader.userId().equals(review.customerId())
                || reader.userId().equals(profile.userId());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("reviewId", review.reviewId());
        json.put("profileId", review.profileId());
        json.put("bookingId", identified ? review.bookingId() : null);
        json.put("customerId", identified ? review.customerId() : null);
        json.put("rating", review.rating());
        json.put("title", review.title());
        json.put("text", review.text());
        json.put("anonymised", review.anonymised());
        json.put("createdAt", review.createdAt());
        return json;
    }
}
