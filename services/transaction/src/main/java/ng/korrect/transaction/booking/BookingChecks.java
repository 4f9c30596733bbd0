package ng.korrect.transaction.booking;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import ng.korrect.service.ApiException;
import ng.korrect.service.FieldProblem;
import ng.korrect.service.peer.PeerRefusedException;
import ng.korrect.service.peer.PeerUnavailableException;
import ng.korrect.transaction.artisan.ArtisanProfile;
import ng.korrect.transaction.artisan.ArtisanProfiles;

/**
 * What a new booking is checked against before it is written: its profile and artisan, with the artisan
 * service, and the customer's open bookings, against {@link BookingRules}. Thread-safe.
 */
public final class BookingChecks {

    /** The code of a 422 for an id that names nothing, or something else than the request says. */
    public static final String UNKNOWN_REFERENCE = "unknown_reference";
    /** The code of a 409 for a booking beyond one of the limits of open bookings. */
    public static final String LIMIT_REACHED = "limit_reached";
    /** How long a client is told to wait when the artisan service cannot check a profile. */
    public static final Duration RETRY_AFTER_ARTISAN_OUTAGE = Duration.ofSeconds(5);

    private final ArtisanProfiles profiles;
    private final BookingRepository bookings;

    BookingChecks(ArtisanProfiles profiles, BookingRepository bookings) {
        this.profiles = profiles;
        this.bookings = bookings;
    }

    /**
     * The profile must exist in the artisan service and belong to the artisan named: 422 naming the field
     * otherwise, 503 when the artisan service cannot answer. Asked outside any transaction.
     */
    void checkProfile(String artisanProfileId, String artisanId) {
        ArtisanProfile profile;
        try {
            profile = profiles.find(artisanProfileId).orElseThrow(() -> unknownReference("artisanProfileId",
                    "no artisan profile " + artisanProfileId));
        } catch (PeerUnavailableException | PeerRefusedException e) {
            throw ApiException.unavailable("artisan", "the artisan service cannot check artisan profile "
                    + artisanProfileId + " now; try again shortly", RETRY_AFTER_ARTISAN_OUTAGE);
        }
        if (!profile.userId().equals(artisanId)) {
            throw unknownReference("artisanId", "artisan profile " + artisanProfileId + " belongs to another artisan");
        }
    }

    /**
     * The customer may open one more booking with that artisan: 409 {@value #LIMIT_REACHED} otherwise. Locks the
     * customer's pending bookings first, so that bookings made at once by one customer are counted in turn.
     */
    void checkLimits(Connection connection, String customerId, String artisanId) throws SQLException {
        bookings.lockPendingOf(connection, customerId);
        long withArtisan = bookings.openOf(connection, customerId, artisanId);
        if (withArtisan >= BookingRules.MAX_OPEN_PER_ARTISAN) {
            throw limitReached("you have " + withArtisan + " open bookings with this artisan, the most allowed is "
                    + BookingRules.MAX_OPEN_PER_ARTISAN + "; pay for or cancel one first", BookingRules.MAX_OPEN_PER_ARTISAN);
        }
        long inAll = bookings.openOf(connection, customerId, null);
        if (inAll >= BookingRules.MAX_OPEN_PER_CUSTOMER) {
            throw limitReached("you have " + inAll + " open bookings, the most allowed is "
                    + BookingRules.MAX_OPEN_PER_CUSTOMER + "; pay for or cancel one first", BookingRules.MAX_OPEN_PER_CUSTOMER);
        }
    }

    /** 422 {@value #UNKNOWN_REFERENCE} naming the field whose id names nothing, or something else than the request says. */
    public static ApiException unknownReference(String field, String message) {
        return new ApiException(422, UNKNOWN_REFERENCE, message, List.of(new FieldProblem(field, message)));
    }

    private static ApiException limitReached(String message, int limit) {
        return new ApiException(409, LIMIT_REACHED, message, Map.of("limit", limit));
    }
}
