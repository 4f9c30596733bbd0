package ng.korrect.artisan.verification;

import java.time.Instant;
import java.util.List;

/**
 * A verification application.
 *
 * @param applicationId its id
 * @param profileId the profile it is for
 * @param userId the artisan who submitted it
 * @param documents what the artisan sent: texts or URLs of documents
 * @param status where it stands
 * @param rejectionReason why it was rejected; null otherwise
 * @param decidedBy the admin who decided; null while pending
 * @param submittedAt when it was submitted
 * @param decidedAt when it was decided; null while pending
 */
public record Application(String applicationId, String profileId, String userId, List<String> documents,
                          ApplicationStatus status, String rejectionReason, String decidedBy, Instant submittedAt,
                          Instant decidedAt) {

    /** Copies the list. */
    public Application {
        documents = List.copyOf(documents);
    }
}
