package ng.korrect.service;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import ng.korrect.catalog.payload.Role;
import ng.korrect.service.internal.RevokedUsers;

/**
 * The authentication check of routes: the caller from {@code Authorization: Bearer <token>}, 401 when
 * the token is missing, invalid or expired or its user was deleted ({@link RevokedUsers}: every service
 * consumes {@code user.deleted} for this), 403 when the caller's role is not one of those required.
 *
 * <pre>{@code
 * app.post("/api/v1/disputes/{id}/resolve", ctx -> {
 *     Caller admin = auth.require(ctx, Role.ADMIN);
 *     ...
 * });
 * }</pre>
 *
 * <p>Ownership ("only their own data") is the route's own check, with {@link Caller#isSelfOrAdmin}
 * and {@link ApiException#forbidden}. Thread-safe.
 */
public final class Auth {

    private static final String BEARER = "Bearer ";

    private final TokenVerifier verifier;
    private final RevokedUsers revoked;

    /** Checks tokens with that verifier, and refuses those of the users in that list. */
    public Auth(TokenVerifier verifier, RevokedUsers revoked) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.revoked = Objects.requireNonNull(revoked, "revoked");
    }

    /** The caller, whatever the role; 401 without a valid token. */
    public Caller caller(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw ApiException.unauthorized("an access token is required (Authorization: Bearer <token>)");
        }
        Caller caller = verifier.verify(header.substring(BEARER.length()).strip());
        if (revoked.isRevoked(caller.userId())) {
            throw ApiException.unauthorized("the account of this access token was deleted");
        }
        return caller;
    }

    /** The caller, who must have one of the roles (any role when none is given); 401 without a valid token, 403 for another role. */
    public Caller require(Context ctx, Role... roles) {
        Caller caller = caller(ctx);
        List<Role> allowed = Arrays.asList(roles);
        if (!allowed.isEmpty() && !allowed.contains(caller.role())) {
            throw ApiException.forbidden("this needs the role " + allowed.stream().map(Role::wireName).toList()
                    + ", the caller is " + caller.role().wireName());
        }
        return caller;
    }
}
