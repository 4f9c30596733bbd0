package ng.korrect.users.verification;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ng.korrect.service.ApiException;
import ng.korrect.service.Auth;
import ng.korrect.service.Caller;
import ng.korrect.service.FieldProblem;
import ng.korrect.service.Routes;
import ng.korrect.users.account.Account;

/**
 * {@code GET /api/v1/auth/verify-email?token=...} (the link of the mail, so a GET: it is opened from a
 * mail client) and {@code POST /api/v1/auth/verify-email/resend} (a signed-in user asks for a fresh link).
 */
public final class VerificationRoutes implements Routes {

    private static final int MAX_TOKEN_LENGTH = 100;

    private final Auth auth;
    private final EmailVerifications verifications;

    /** The routes of these verifications, for callers checked by that auth. */
    public VerificationRoutes(Auth auth, EmailVerifications verifications) {
        this.auth = auth;
        this.verifications = verifications;
    }

    @Override
    public void install(Javalin app) {
        app.get(VerificationMail.PATH, this::verify);
        app.post(VerificationMail.PATH + "/resend", this::resend);
    }

    private void verify(Context ctx) {
        String token = ctx.queryParam("token");
        if (token == null || token.isBlank()) {
            throw ApiException.validation(List.of(new FieldProblem("token", "is required")));
        }
        if (token.length() > MAX_TOKEN_LENGTH) {
            throw ApiException.validation(List.of(new FieldProblem("token", "is not a verification token")));
        }
        Account account = verifications.verify(token.strip());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("userId", account.userId());
        answer.put("email", account.email().value());
        answer.put("emailVerified", true);
        ctx.json(answer);
    }

    private void resend(Context ctx) {
        Caller caller = auth.require(ctx);
        Instant expiresAt = verifications.resend(caller.userId());
        ctx.status(202).json(Map.of("userId", caller.userId(), "expiresAt", expiresAt.toString()));
    }
}
