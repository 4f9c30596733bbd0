package ng.korrect.artisan.review;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import ng.korrect.artisan.profile.Profile;
import ng.korrect.catalog.payload.Role;
import ng.korrect.service.Auth;
import ng.korrect.service.Caller;
import ng.korrect.service.QueryParameters;
import ng.korrect.service.RequestBody;
import ng.korrect.service.Routes;

/**
 * {@code /api/v1/reviews}, the HTTP side of {@link Reviews}: a customer reviews a profile after a confirmed (so
 * paid) booking with it, once per booking and once per profile ({@code review.created}); anyone signed in reads a
 * profile's reviews, with who wrote each shown only to its writer, the profile's owner and admins.
 */
public final class ReviewRoutes implements Routes {

    private final Auth auth;
    private final Reviews reviews;

    /** The routes of those reviews, for callers checked by that auth. */
    public ReviewRoutes(Auth auth, Reviews reviews) {
        this.auth = auth;
        this.reviews = reviews;
    }

    @Override
    public void install(Javalin app) {
        app.post("/api/v1/reviews", this::create);
        app.get("/api/v1/reviews", this::listOfProfile);
    }

    private void create(Context ctx) {
        Caller customer = auth.require(ctx, Role.CUSTOMER);
        RequestBody body = RequestBody.parse(ctx.body());
        String profileId = body.requiredText("profileId", 100);
        String bookingId = body.requiredText("bookingId", 100);
        Integer rating = body.requiredInt("rating", 1, 5);
        String title = body.requiredLine("title", ReviewReactions.MAX_TITLE_LENGTH);
        String text = body.requiredText("text", 5_000);
        body.validate();
        ctx.status(201).json(reviews.create(customer, new Reviews.Request(profileId, bookingId, rating, title, text)));
    }

    private void listOfProfile(Context ctx) {
        Caller reader = auth.require(ctx);
        String profileId = QueryParameters.requiredText(ctx, "profileId");
        Reviews.OfProfile found = reviews.ofProfile(profileId);
        ctx.json(Map.of("profileId", profileId, "reviews", found.reviews().stream()
                .map(review -> shown(review, reader, found.profile())).toList()));
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
