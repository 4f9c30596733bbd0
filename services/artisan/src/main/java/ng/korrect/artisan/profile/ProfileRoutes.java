package ng.korrect.artisan.profile;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ng.korrect.artisan.figures.BookingLedger;
import ng.korrect.artisan.figures.Figures;
import ng.korrect.service.jdbc.Sql;
import ng.korrect.artisan.review.ReviewRepository;
import ng.korrect.catalog.payload.Role;
import ng.korrect.service.ApiException;
import ng.korrect.service.Caller;
import ng.korrect.service.Routes;
import ng.korrect.service.ServiceContext;

/**
 * {@code /api/v1/artisans}: an artisan creates and updates their one profile; anyone signed in reads a
 * profile with its figures, or searches profiles by service and location.
 */
public final class ProfileRoutes implements Routes {

    private static final String ROOT = "/api/v1/artisans";

    private final ServiceContext context;
    private final ProfileRepository profiles;
    private final BookingLedger ledger;
    private final ReviewRepository reviews;

    /** Routes on these repositories. */
    public ProfileRoutes(ServiceContext context, ProfileRepository profiles, BookingLedger ledger,
                         ReviewRepository reviews) {
        this.context = context;
        this.profiles = profiles;
        this.ledger = ledger;
        this.reviews = reviews;
    }

    @Override
    public void install(Javalin app) {
        app.post(ROOT, this::create);
        app.get(ROOT, this::search);
        app.get(ROOT + "/me", this::readMine);
        app.get(ROOT + "/{profileId}", this::read);
        app.put(ROOT + "/{profileId}", this::update);
    }

    private void create(Context ctx) {
        Caller artisan = context.auth().require(ctx, Role.ARTISAN);
        ProfileDetails details = ProfileDetails.read(ctx.body());
        ProfileView created = context.transactions().inTransaction(tx -> {
            if (profiles.findByUser(tx.connection(), artisan.userId()).isPresent()) {
                throw ApiException.conflict("you already have an artisan profile");
            }
            Instant now = context.clock().instant();
            Profile profile = new Profile(UUID.randomUUID().toString(), artisan.userId(), details.displayName(),
                    details.servicesOffered(), details.location(), VerificationStatus.UNVERIFIED, null, null, now, now);
            insertOnce(tx.connection(), profile);
            return view(tx.connection(), profile);
        });
        ctx.status(201).json(created);
    }

    private void update(Context ctx) {
        Caller artisan = context.auth().require(ctx, Role.ARTISAN);
        String profileId = ctx.pathParam("profileId");
        ProfileDetails details = ProfileDetails.read(ctx.body());
        ctx.json(context.transactions().inTransaction(tx -> {
            Profile profile = find(tx.connection(), profileId);
            if (!profile.userId().equals(artisan.userId())) {
                throw ApiException.forbidden("profile " + profileId + " is another artisan's");
            }
            profiles.update(tx.connection(), profileId, details, context.clock().instant());
            return view(tx.connection(), find(tx.connection(), profileId));
        }));
    }

    private void read(Context ctx) {
        context.auth().require(ctx);
        String profileId = ctx.pathParam("profileId");
        ctx.json(context.transactions().inTransaction(tx -> view(tx.connection(), find(tx.connection(), profileId))));
    }

    private void readMine(Context ctx) {
        Caller artisan = context.auth().require(ctx, Role.ARTISAN);
        ctx.json(context.transactions().inTransaction(tx -> view(tx.connection(),
                profiles.findByUser(tx.connection(), artisan.userId())
                        .orElseThrow(() -> ApiException.notFound("you have no artisan profile yet")))));
    }

    private void search(Context ctx) {
        context.auth().require(ctx);
        ProfileSearch search = ProfileSearch.of(ctx);
        ctx.json(context.transactions().inTransaction(tx -> {
            List<ProfileView> found = new ArrayList<>();
            for (Profile profile : profiles.search(tx.connection(), search)) {
                found.add(view(tx.connection(), profile));
            }
            return Map.of("profiles", found, "limit", search.limit(), "offset", search.offset());
        }));
    }

    private void insertOnce(Connection connection, Profile profile) throws SQLException {
        try {
            profiles.insert(connection, profile);
        } catch (SQLException e) {
            if (Sql.isUniqueViolation(e)) {
                throw ApiException.conflict("you already have an artisan profile");
            }
            throw e;
        }
    }

    private Profile find(Connection connection, String profileId) throws SQLException {
        return profiles.find(connection, profileId)
                .orElseThrow(() -> ApiException.notFound("no artisan profile " + profileId));
    }

    private ProfileView view(Connection connection, Profile profile) throws SQLException {
        Figures figures = Figures.of(ledger.track(connection, profile.userId()),
                reviews.summary(connection, profile.profileId()),
                profile.verificationStatus() == VerificationStatus.VERIFIED);
        return ProfileView.of(profile, figures);
    }
}
