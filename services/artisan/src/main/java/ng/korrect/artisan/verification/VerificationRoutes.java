package ng.korrect.artisan.verification;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ng.korrect.artisan.http.TextList;
import ng.korrect.artisan.profile.Profile;
import ng.korrect.artisan.profile.ProfileRepository;
import ng.korrect.artisan.profile.VerificationStatus;
import ng.korrect.catalog.payload.Role;
import ng.korrect.catalog.payload.VerificationApproved;
import ng.korrect.catalog.payload.VerificationRejected;
import ng.korrect.catalog.payload.VerificationSubmitted;
import ng.korrect.service.ApiException;
import ng.korrect.service.Caller;
import ng.korrect.service.QueryParameters;
import ng.korrect.service.RequestBody;
import ng.korrect.service.Routes;
import ng.korrect.service.ServiceContext;

/**
 * {@code /api/v1/verification}: an artisan applies for their profile, an admin approves or rejects the
 * application; the profile's verification status follows, and each step publishes its event.
 */
public final class VerificationRoutes implements Routes {

    private static final String APPLICATIONS = "/api/v1/verification/applications";

    private final ServiceContext context;
    private final ProfileRepository profiles;
    private final ApplicationRepository applications;

    /** Routes on these repositories. */
    public VerificationRoutes(ServiceContext context, ProfileRepository profiles, ApplicationRepository applications) {
        this.context = context;
        this.profiles = profiles;
        this.applications = applications;
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
        Caller artisan = context.auth().require(ctx, Role.ARTISAN);
        RequestBody body = RequestBody.parse(ctx.body());
        List<String> documents = TextList.required(body, ctx.body(), "documents", 1, 10, 2_000, false);
        body.validate();
        Application submitted = context.transactions().inTransaction(tx -> {
            Instant now = context.clock().instant();
            Profile profile = profiles.findByUser(tx.connection(), artisan.userId())
                    .orElseThrow(() -> ApiException.notFound("create your artisan profile before applying"));
            if (!profiles.startVerification(tx.connection(), profile.profileId(), now)) {
                throw ApiException.conflict("the profile is " + profile.verificationStatus().wireName()
                        + ": an application is accepted only when it is unverified or rejected");
            }
            Application application = new Application(UUID.randomUUID().toString(), profile.profileId(),
                    artisan.userId(), documents, ApplicationStatus.PENDING, null, null, now, null);
            applications.insert(tx.connection(), application);
            tx.publish(new VerificationSubmitted(application.applicationId(), profile.profileId(), artisan.userId()));
            return application;
        });
        ctx.status(201).json(submitted);
    }

    private void read(Context ctx) {
        Caller caller = context.auth().require(ctx, Role.ARTISAN, Role.ADMIN);
        String applicationId = ctx.pathParam("applicationId");
        Application application = context.transactions().inTransaction(tx -> find(tx.connection(), applicationId));
        if (!caller.isSelfOrAdmin(application.userId())) {
            throw ApiException.forbidden("application " + applicationId + " is another artisan's");
        }
        ctx.json(application);
    }

    private void listByStatus(Context ctx) {
        context.auth().require(ctx, Role.ADMIN);
        String text = QueryParameters.text(ctx, "status").orElse(ApplicationStatus.PENDING.wireName());
        ApplicationStatus status;
        try {
            status = ApplicationStatus.of(text);
        } catch (IllegalArgumentException e) {
            throw QueryParameters.invalid("status", "must be pending, approved or rejected");
        }
        ctx.json(Map.of("applications", context.transactions().inTransaction(tx ->
                applications.withStatus(tx.connection(), status))));
    }

    private void decide(Context ctx, ApplicationStatus decision) {
        Caller admin = context.auth().require(ctx, Role.ADMIN);
        String reason = decision == ApplicationStatus.REJECTED ? rejectionReason(ctx.body()) : null;
        String applicationId = ctx.pathParam("applicationId");
        Application decided = context.transactions().inTransaction(tx -> {
            Instant now = context.clock().instant();
            Application application = find(tx.connection(), applicationId);
            if (!application.status().canBecome(decision)
                    || !applications.decide(tx.connection(), applicationId, decision, reason, admin.userId(), now)) {
                throw ApiException.conflict("application " + applicationId + " was already "
                        + application.status().wireName());
            }
            boolean approved = decision == ApplicationStatus.APPROVED;
            profiles.setVerificationStatus(tx.connection(), application.profileId(),
                    approved ? VerificationStatus.VERIFIED : VerificationStatus.REJECTED, now);
            tx.publish(approved
                    ? new VerificationApproved(applicationId, application.profileId(), application.userId())
                    : new VerificationRejected(applicationId, application.profileId(), application.userId(), reason));
            return find(tx.connection(), applicationId);
        });
        ctx.json(decided);
    }

    private static String rejectionReason(String rawBody) {
        RequestBody body = RequestBody.parse(rawBody);
        String reason = body.requiredText("reason", 500);
        body.validate();
        return reason;
    }

    private Application find(java.sql.Connection connection, String applicationId) throws java.sql.SQLException {
        return applications.find(connection, applicationId)
                .orElseThrow(() -> ApiException.notFound("no verification application " + applicationId));
    }
}
