package ng.korrect.artisan.verification;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import ng.korrect.artisan.profile.Profile;
import ng.korrect.artisan.profile.ProfileRepository;
import ng.korrect.artisan.profile.VerificationStatus;
import ng.korrect.catalog.payload.VerificationApproved;
import ng.korrect.catalog.payload.VerificationRejected;
import ng.korrect.catalog.payload.VerificationSubmitted;
import ng.korrect.service.ApiException;
import ng.korrect.service.Caller;
import ng.korrect.service.Transactions;

/**
 * The verification's use cases: an artisan applies for their profile, an admin approves or rejects the
 * application, and the profile's verification status follows; the artisan or an admin reads an application, an
 * admin lists them by status. Each runs in one transaction and publishes its event in it; a refused one throws
 * the {@link ApiException} that names why.
 */
public final class Verifications {

    private final Transactions transactions;
    private final Clock clock;
    private final ProfileRepository profiles = new ProfileRepository();
    private final ApplicationRepository applications = new ApplicationRepository();

    /** The applications of that database. */
    public Verifications(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The artisan applies with those documents, while their profile is unverified or rejected. */
    public Application submit(Caller artisan, List<String> documents) {
        return transactions.inTransaction(tx -> {
            Instant now = clock.instant();
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
    }

    /** The application, for the artisan who submitted it or an admin. */
    public Application read(Caller caller, String applicationId) {
        Application application = transactions.inTransaction(tx -> find(tx.connection(), applicationId));
        if (!caller.isSelfOrAdmin(application.userId())) {
            throw ApiException.forbidden("application " + applicationId + " is another artisan's");
        }
        return application;
    }

    /** The applications in that status. */
    public List<Application> withStatus(ApplicationStatus status) {
        return transactions.inTransaction(tx -> applications.withStatus(tx.connection(), status));
    }

    /**
     * An admin approves or rejects a pending application (the reason only for a rejection, null otherwise); the
     * profile becomes verified or rejected.
     */
    public Application decide(Caller admin, String applicationId, ApplicationStatus decision, String reason) {
        return transactions.inTransaction(tx -> {
            Instant now = clock.instant();
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
    }

    private Application find(Connection connection, String applicationId) throws SQLException {
        return applications.find(connection, applicationId)
                .orElseThrow(() -> ApiException.notFound("no verification application " + applicationId));
    }
}
