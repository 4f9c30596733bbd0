package ng.korrect.users.account;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import ng.korrect.service.ApiException;
import ng.korrect.service.Auth;
import ng.korrect.service.Caller;
import ng.korrect.service.Routes;

/**
 * The profile routes under {@code /api/v1/account}: {@code GET}, {@code PATCH} and {@code DELETE} of
 * {@code /me} for any signed-in user, and {@code GET} and {@code DELETE} of {@code /{userId}} for that
 * user or an admin (other services read a user's current names this way with an admin token). A caller
 * who is neither gets a 403 whether or not the account exists, so the answer reveals nothing.
 */
public final class AccountRoutes implements Routes {

    private static final String ROOT = "/api/v1/account";

    private final Auth auth;
    private final Accounts accounts;

    /** The routes of these accounts, for callers checked by that auth. */
    public AccountRoutes(Auth auth, Accounts accounts) {
        this.auth = auth;
        this.accounts = accounts;
    }

    /** Adds the routes to the app; {@code /me} before {@code /{userId}}, which would match it too. */
    @Override
    public void install(Javalin app) {
        app.get(ROOT + "/me", ctx -> ctx.json(view(accounts.get(auth.require(ctx).userId()))));
        app.patch(ROOT + "/me", ctx -> {
            Caller caller = auth.require(ctx);
            ProfileUpdate update = ProfileUpdateReader.read(ctx.body());
            ctx.json(view(accounts.update(caller.userId(), update)));
        });
        app.delete(ROOT + "/me", ctx -> {
            accounts.delete(auth.require(ctx).userId());
            ctx.status(204);
        });
        app.get(ROOT + "/{userId}", ctx -> ctx.json(view(accounts.get(ownedBy(ctx)))));
        app.delete(ROOT + "/{userId}", ctx -> {
            accounts.delete(ownedBy(ctx));
            ctx.status(204);
        });
    }

    private String ownedBy(Context ctx) {
        Caller caller = auth.require(ctx);
        String userId = ctx.pathParam("userId");
        if (!caller.isSelfOrAdmin(userId)) {
            throw ApiException.forbidden("only the user themself or an admin may do this");
        }
        return userId;
    }

    /** The account as the API shows it; {@code phone} is null when there is none. */
    static Map<String, Object> view(Account account) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("userId", account.userId());
        view.put("email", account.email().value());
        view.put("firstName", account.firstName());
        view.put("lastName", account.lastName());
        view.put("phone", account.phone().orElse(null));
        view.put("role", account.role().wireName());
        view.put("emailVerified", account.emailVerified());
        view.put("createdAt", account.createdAt().toString());
        view.put("updatedAt", account.updatedAt().toString());
        return view;
    }
}
