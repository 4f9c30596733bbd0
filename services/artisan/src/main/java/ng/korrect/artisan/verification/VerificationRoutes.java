package ng.korrect.artisan.verification;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import ng.korrect.catalog.payload.Role;
import ng.korrect.service.Auth;
import ng.korrect.service.Caller;
import ng.korrect.service.QueryParameters;
import ng.korrect.service.RequestBody;
import ng.korrect.service.Routes;

/**
 * {@code /api/v1/verification}, the HTTP side of {@link Verifications}: an artisan applies for their profile, an
 * admin approves or rejects the application; the profile's verification status follows, and each step publishes
 * its event.
 */
public final class VerificationRoutes implements Routes {

    private static final String APPLICATIONS = "/api/v1/verification/applications";

    private final Auth auth;
    private final Verifications verifications;

    /** The routes of those verifications, for callers checked by that auth. */
    public VerificationRoutes(Auth auth, Verifications verifications) {
        this.auth = auth;
        this.verifications = verifications;
    }

    @Override
    public void install(Javalin app) {
        app.post(APPLICATIONS, this::submit);
        app.get(APPLICATIONS, this::listByStatus);
        app.get(APPLICATIONS + "/{applicationId}", this::read);
        app.post(APPLICATIONS + "/{applicationId}/approve", ctx -> decide(ctx, ApplicationStatus.APPROVED));
        app.post(APPLICATIONS + "/{applicationId}/reject", ctx -> decide(ctx, ApplicationStatus.REJECTED));
    }

    private void submit(Context ctx) {
        Caller artisan = auth.require(ctx, Role.ARTISAN);
        RequestBody body = RequestBody.parse(ctx.body());
        List<String> documents = body.requiredTextList("documents", 1, 10, 2_000, false);
        body.validate();
        ctx.status(201).json(verifications.submit(artisan, documents));
    }

    private void read(Context ctx) {
        Caller caller = auth.require(ctx, Role.ARTISAN, Role.ADMIN);
        ctx.json(verifications.read(caller, ctx.pathParam("applicationId")));
    }

    private void listByStatus(Context ctx) {
        auth.require(ctx, Role.ADMIN);
        String text = QueryParameters.text(ctx, "status").orElse(ApplicationStatus.PENDING.wireName());
        ApplicationStatus status;
        try {
            status = ApplicationStatus.of(text);
        } catch (IllegalArgumentException e) {
            throw QueryParameters.invalid("status", "must be pending, approved or rejected");
        }
        ctx.json(Map.of("applications", verifications.withStatus(status)));
    }

    private void decide(Context ctx, ApplicationStatus decision) {
        Caller admin = auth.require(ctx, Role.ADMIN);
        String reason = decision == ApplicationStatus.REJECTED ? rejectionReason(ctx.body()) : null;
        ctx.json(verifications.decide(admin, ctx.pathParam("applicationId"), decision, reason));
    }

    private static String rejectionReason(String rawBody) {
        RequestBody body = RequestBody.parse(rawBody);
        String reason = body.requiredText("reason", 500);
        body.validate();
        return reason;
    }
}
