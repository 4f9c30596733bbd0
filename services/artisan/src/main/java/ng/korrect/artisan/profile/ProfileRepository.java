package ng.korrect.artisan.profile;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import ng.korrect.service.jdbc.Sql;

/** The profiles table and the services of each profile. */
public final class ProfileRepository {

    private static final String COLUMNS = "profile_id, user_id, display_name, location, verification_status, "
            + "owner_first_name, owner_last_name, created_at, updated_at";

    /** Stores a new profile. */
    public void insert(Connection connection, Profile profile) throws SQLException {
        Sql.update(connection, "INSERT INTO artisan_profiles (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                profile.profileId(), profile.userId(), profile.displayName(), profile.location(),
                profile.verificationStatus().wireName(), profile.ownerFirstName(), profile.ownerLastName(),
                profile.createdAt(), profile.updatedAt());
        writeServices(connection, profile.profileId(), profile.servicesOffered());
    }

    /** Replaces the profile's name, services and location. */
    public void update(Connection connection, String profileId, ProfileDetails details, Instant now) throws SQLException {
        Sql.update(connection, "UPDATE artisan_profiles SET display_name = ?, location = ?, updated_at = ? "
                + "WHERE profile_id = ?", details.displayName(), details.location(), now, profileId);
        Sql.update(connection, "DELETE FROM profile_services WHERE profile_id = ?", profileId);
        writeServices(connection, profileId, details.servicesOffered());
    }

    /** Sets the profile's verification status. */
    public void setVerificationStatus(Connection connection, String profileId, VerificationStatus status, Instant now)
            throws SQLException {
        Sql.update(connection, "UPDATE artisan_profiles SET verification_status = ?, updated_at = ? WHERE profile_id = ?",
                status.wireName(), now, profileId);
    }

    /**
     * Moves the profile to {@link VerificationStatus#PENDING} if it accepts an application (unverified or
     * rejected); false when it does not, so that two applications racing cannot both pass.
     */
    public boolean startVerification(Connection connection, String profileId, Instant now) throws SQLException {
        return Sql.update(connection, "UPDATE artisan_profiles SET verification_status = ?, updated_at = ? "
                + "WHERE profile_id = ? AND verification_status IN (?, ?)", VerificationStatus.PENDING.wireName(),
                now, profileId, VerificationStatus.UNVERIFIED.wireName(),
                VerificationStatus.REJECTED.wireName()) == 1;
    }

    /** Sets the profile's copy of one of its owner's names; false when the user has no profile. */
    public boolean syncOwnerName(Connection connection, String userId, OwnerName field, String value, Instant now)
            throws SQLException {
        return Sql.update(connection, "UPDATE artisan_profiles SET " + field.column() + " = ?, updated_at = ? "
                + "WHERE user_id = ?", value, now, userId) == 1;
    }

    /** The profile with that id. */
    public Optional<Profile> find(Connection connection, String profileId) throws SQLException {
        return withServices(connection, Sql.first(connection, ProfileRepository::profile, "SELECT " + COLUMNS
                + " FROM artisan_profiles WHERE profile_id = ?", profileId));
    }

    /**
     * The profile with that id, its row locked until the transaction ends, so that a review written now and
     * the profile's erasure cannot interleave (the one waits for the other).
     */
    public Optional<Profile> findForUpdate(Connection connection, String profileId) throws SQLException {
        boolean exists = Sql.exists(connection, "SELECT profile_id FROM artisan_profiles WHERE profile_id = ? "
                + "FOR UPDATE", profileId);
        return exists ? find(connection, profileId) : Optional.empty();
    }

    /** The profile of that user. */
    public Optional<Profile> findByUser(Connection connection, String userId) throws SQLException {
        return withServices(connection, Sql.first(connection, ProfileRepository::profile, "SELECT " + COLUMNS
                + " FROM artisan_profiles WHERE user_id = ?", userId));
    }

    /** Profiles matching the search, oldest first. */
    public List<Profile> search(Connection connection, ProfileSearch search) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM artisan_profiles p WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        search.service().ifPresent(service -> {
            sql.append(" AND EXISTS (SELECT 1 FROM profile_services s WHERE s.profile_id = p.profile_id "
                    + "AND LOWER(s.service) LIKE ? ESCAPE '\\')");
            parameters.add(containing(service));
        });
        search.location().ifPresent(location -> {
            sql.append(" AND LOWER(p.location) LIKE ? ESCAPE '\\'");
            parameters.add(containing(location));
        });
        sql.append(" ORDER BY p.created_at, p.profile_id LIMIT ? OFFSET ?");
        parameters.add(search.limit());
        parameters.add(search.offset());
        List<Profile> found = new ArrayList<>();
        for (Profile profile : Sql.list(connection, ProfileRepository::profile, sql.toString(), parameters.toArray())) {
            found.add(withServices(connection, Optional.of(profile)).orElseThrow());
        }
        return found;
    }

    /** Deletes the profile (its services and applications go with it). */
    public void delete(Connection connection, String profileId) throws SQLException {
        Sql.update(connection, "DELETE FROM artisan_profiles WHERE profile_id = ?", profileId);
    }

    private static void writeServices(Connection connection, String profileId, List<String> services) throws SQLException {
        for (int i = 0; i < services.size(); i++) {
            Sql.update(connection, "INSERT INTO profile_services (profile_id, sort_order, service) VALUES (?, ?, ?)",
                    profileId, i, services.get(i));
        }
    }

    private static Optional<Profile> withServices(Connection connection, Optional<Profile> profile) throws SQLException {
        if (profile.isEmpty()) {
            return profile;
        }
        Profile found = profile.get();
        List<String> services = Sql.list(connection, row -> row.getString("service"),
                "SELECT service FROM profile_services WHERE profile_id = ? ORDER BY sort_order", found.profileId());
        return Optional.of(new Profile(found.profileId(), found.userId(), found.displayName(), services,
                found.location(), found.verificationStatus(), found.ownerFirstName(), found.ownerLastName(),
                found.createdAt(), found.updatedAt()));
    }

    private static Profile profile(ResultSet row) throws SQLException {
        return new Profile(row.getString("profile_id"), row.getString("user_id"), row.getString("display_name"),
                List.of(), row.getString("location"), VerificationStatus.of(row.getString("verification_status")),
                row.getString("owner_first_name"), row.getString("owner_last_name"),
                Sql.instant(row, "created_at"), Sql.instant(row, "updated_at"));
    }

    private static String containing(String text) {
        String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
