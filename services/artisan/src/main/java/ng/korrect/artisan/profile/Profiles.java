package ng.korrect.artisan.profile;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import ng.korrect.artisan.figures.BookingLedger;
import ng.korrect.artisan.figures.Figures;
import ng.korrect.artisan.review.ReviewRepository;
import ng.korrect.service.ApiException;
import ng.korrect.service.Caller;
import ng.korrect.service.Transactions;
import ng.korrect.service.jdbc.Sql;

/**
 * The profiles' use cases: an artisan creates their one profile and updates it; anyone signed in reads one, or
 * searches them. Each runs in one transaction and answers the profile with its figures, from the booking ledger
 * and the reviews; a refused one throws the {@link ApiException} that names why.
 */
public final class Profiles {

    private final Transactions transactions;
    private final BookingLedger ledger;
    private final Clock clock;
    private final ProfileRepository profiles = new ProfileRepository();
    private final ReviewRepository reviews = new ReviewRepository();

    /** The profiles of that database, with their figures from that ledger. */
    public Profiles(Transactions transactions, BookingLedger ledger, Clock clock) {
        this.transactions = transactions;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** The artisan's profile, unverified; 409 when they have one already. */
    public ProfileView create(Caller artisan, ProfileDetails details) {
        return transactions.inTransaction(tx -> {
            if (profiles.findByUser(tx.connection(), artisan.userId()).isPresent()) {
                throw ApiException.conflict("you already have an artisan profile");
            }
            Instant now = clock.instant();
            Profile profile = new Profile(UUID.randomUUID().toString(), artisan.userId(), details.displayName(),
                    details.servicesOffered(), details.location(), VerificationStatus.UNVERIFIED, null, null, now, now);
            insertOnce(tx.connection(), profile);
            return view(tx.connection(), profile);
        });
    }

    /** The artisan's profile with these details; 404 for an unknown one, 403 for another artisan's. */
    public ProfileView update(Caller artisan, String profileId, ProfileDetails details) {
        return transactions.inTransaction(tx -> {
            Profile profile = find(tx.connection(), profileId);
            if (!profile.userId().equals(artisan.userId())) {
                throw ApiException.forbidden("profile " + profileId + " is another artisan's");
            }
            profiles.update(tx.connection(), profileId, details, clock.instant());
            return view(tx.connection(), find(tx.connection(), profileId));
        });
    }

    /** The profile of that id; 404 for an unknown one. */
    public ProfileView read(String profileId) {
        return transactions.inTransaction(tx -> view(tx.connection(), find(tx.connection(), profileId)));
    }

    /** The artisan's own profile; 404 while they have none. */
    public ProfileView readOf(Caller artisan) {
        return transactions.inTransaction(tx -> view(tx.connection(),
                profiles.findByUser(tx.connection(), artisan.userId())
                        .orElseThrow(() -> ApiException.notFound("you have no artisan profile yet"))));
    }

    /** The profiles that search finds, in its order. */
    public List<ProfileView> search(ProfileSearch search) {
        return transactions.inTransaction(tx -> {
            List<ProfileView> found = new ArrayList<>();
            for (Profile profile : profiles.search(tx.connection(), search)) {
                found.add(view(tx.connection(), profile));
            }
            return found;
        });
    }

    /** Inserts the profile; a second profile of the artisan that won a race with this one is a 409 too. */
    private void insertOnce(Connection connection, Profile profile) throws SQLException {
        try {
            profiles.insert(connection, profile);
        } catch (SQLException e) {
            if (Sql.isUniqueViolation(e)) {
                throw ApiException.conflict("you already have an artisan profile");
            }
            throw e;
        }
    }

    private Profile find(Connection connection, String profileId) throws SQLException {
        return profiles.find(connection, profileId)
                .orElseThrow(() -> ApiException.notFound("no artisan profile " + profileId));
    }

    private ProfileView view(Connection connection, Profile profile) throws SQLException {
        Figures figures = Figures.of(ledger.track(connection, profile.userId()),
                reviews.summary(connection, profile.profileId()),
                profile.verificationStatus() == VerificationStatus.VERIFIED);
        return ProfileView.of(profile, figures);
    }
}
