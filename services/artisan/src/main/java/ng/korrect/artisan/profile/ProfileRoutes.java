package ng.korrect.artisan.profile;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Map;
import ng.korrect.catalog.payload.Role;
import ng.korrect.service.Auth;
import ng.korrect.service.Caller;
import ng.korrect.service.Routes;

/**
 * {@code /api/v1/artisans}, the HTTP side of {@link Profiles}: an artisan creates and updates their one profile;
 * anyone signed in reads a profile with its figures, or searches profiles by service and location.
 */
public final class ProfileRoutes implements Routes {

    private static final String ROOT = "/api/v1/artisans";

    private final Auth auth;
    private final Profiles profiles;

    /** The routes of those profiles, for callers checked by that auth. */
    public ProfileRoutes(Auth auth, Profiles profiles) {
        this.auth = auth;
        this.profiles = profiles;
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
        Caller artisan = auth.require(ctx, Role.ARTISAN);
        ProfileDetails details = ProfileDetails.read(ctx.body());
        ctx.status(201).json(profiles.create(artisan, details));
    }

    private void update(Context ctx) {
        Caller artisan = auth.require(ctx, Role.ARTISAN);
        String profileId = ctx.pathParam("profileId");
        ProfileDetails details = ProfileDetails.read(ctx.body());
        ctx.json(profiles.update(artisan, profileId, details));
    }

    private void read(Context ctx) {
        auth.require(ctx);
        ctx.json(profiles.read(ctx.pathParam("profileId")));
    }

    private void readMine(Context ctx) {
        ctx.json(profiles.readOf(auth.require(ctx, Role.ARTISAN)));
    }

    private void search(Context ctx) {
        auth.require(ctx);
        ProfileSearch search = ProfileSearch.of(ctx);
        ctx.json(Map.of("profiles", profiles.search(search), "limit", search.limit(), "offset", search.offset()));
    }
}
