package ng.korrect.artisan.verification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import ng.korrect.service.jdbc.Sql;

/** The verification applications table; documents are kept as a JSON list of strings. */
public final class ApplicationRepository {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "application_id, profile_id, user_id, documents, status, rejection_reason, "
            + "decided_by, submitted_at, decided_at";

    /** Stores a new application. */
    public void insert(Connection connection, Application application) throws SQLException {
        Sql.update(connection, "INSERT INTO verification_applications (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                application.applicationId(), application.profileId(), application.userId(),
                json(application.documents()), application.status().wireName(), application.rejectionReason(),
                application.decidedBy(), application.submittedAt(),
                application.decidedAt());
    }

    /** Moves a pending application to the decision; false when it was not pending (any more). */
    public boolean decide(Connection connection, String applicationId, ApplicationStatus decision, String reason,
                          String adminId, Instant at) throws SQLException {
        return Sql.update(connection, "UPDATE verification_applications SET status = ?, rejection_reason = ?, "
                + "decided_by = ?, decided_at = ? WHERE application_id = ? AND status = ?", decision.wireName(), reason,
                adminId, at, applicationId, ApplicationStatus.PENDING.wireName()) == 1;
    }

    /** The application with that id. */
    public Optional<Application> find(Connection connection, String applicationId) throws SQLException {
        return Sql.first(connection, ApplicationRepository::application,
                "SELECT " + COLUMNS + " FROM verification_applications WHERE application_id = ?", applicationId);
    }

    /** The applications in that status, oldest first. */
    public List<Application> withStatus(Connection connection, ApplicationStatus status) throws SQLException {
        return Sql.list(connection, ApplicationRepository::application, "SELECT " + COLUMNS
                + " FROM verification_applications WHERE status = ? ORDER BY submitted_at, application_id", status.wireName());
    }

    /** Deletes a profile's applications and their documents. */
    public void deleteOfProfile(Connection connection, String profileId) throws SQLException {
        Sql.update(connection, "DELETE FROM verification_applications WHERE profile_id = ?", profileId);
    }

    private static Application application(ResultSet row) throws SQLException {
        return new Application(row.getString("application_id"), row.getString("profile_id"), row.getString("user_id"),
                documents(row.getString("documents")), ApplicationStatus.of(row.getString("status")),
                row.getString("rejection_reason"), row.getString("decided_by"),
                Sql.instant(row, "submitted_at"), Sql.instant(row, "decided_at"));
    }

    private static String json(List<String> documents) {
        try {
            return JSON.writeValueAsString(documents);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings is always JSON", e);
        }
    }

    private static List<String> documents(String json) throws SQLException {
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new SQLException("the documents column holds no JSON list of strings", e);
        }
    }
}
