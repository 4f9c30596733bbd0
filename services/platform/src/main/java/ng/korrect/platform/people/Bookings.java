package ng.korrect.platform.people;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import ng.korrect.service.jdbc.Sql;

/**
 * The bookings read model ({@code known_bookings}, from {@code booking.created}) and the profile owners
 * read model ({@code profile_owners}). A profile's owner is the artisan service's word when it has spoken
 * ({@code verification.*}: authoritative, replaces anything); until then, the latest {@code booking.created}
 * that names the profile (the transaction service checked it with the artisan service). The first event
 * that mentions a profile never fixes its owner for good. Stateless.
 */
public final class Bookings {

    /**
     * A booking as {@code booking.created} announced it.
     *
     * @param bookingId the booking
     * @param customerId who booked
     * @param artisanId the artisan booked
     * @param artisanProfileId the artisan's profile
     * @param service what was booked
     */
    public record KnownBooking(String bookingId, String customerId, String artisanId, String artisanProfileId,
                               String service) {
    }

    /** Stores the booking (a second time changes nothing) and its profile's owner. */
    public void remember(Connection tx, KnownBooking booking) throws SQLException {
        Sql.update(tx, "INSERT INTO known_bookings (booking_id, customer_id, artisan_id, artisan_profile_id, service) "
                        + "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", booking.bookingId(), booking.customerId(),
                booking.artisanId(), booking.artisanProfileId(), booking.service());
        suggestOwner(tx, booking.artisanProfileId(), booking.artisanId());
    }

    /** The booking, if {@code booking.created} has arrived. */
    public Optional<KnownBooking> find(Connection connection, String bookingId) throws SQLException {
        return Sql.first(connection, rows -> new KnownBooking(rows.getString(1), rows.getString(2), rows.getString(3),
                        rows.getString(4), rows.getString(5)), "SELECT booking_id, customer_id, artisan_id, "
                + "artisan_profile_id, service FROM known_bookings WHERE booking_id = ?", bookingId);
    }

    /** Records the artisan service's word that the profile belongs to that user; it replaces any owner known. */
    public void rememberOwner(Connection tx, String artisanProfileId, String userId) throws SQLException {
        String update = "UPDATE profile_owners SET user_id = ?, authoritative = TRUE WHERE artisan_profile_id = ?";
        if (Sql.update(tx, update, userId, artisanProfileId) == 0
                && Sql.update(tx, "INSERT INTO profile_owners (artisan_profile_id, user_id, authoritative) "
                + "VALUES (?, ?, TRUE) ON CONFLICT DO NOTHING", artisanProfileId, userId) == 0) {
            Sql.update(tx, update, userId, artisanProfileId); // another handler inserted it meanwhile
        }
    }

    /** Records that a booking names that user as the profile's owner, unless the artisan service said otherwise. */
    public void suggestOwner(Connection tx, String artisanProfileId, String userId) throws SQLException {
        Sql.update(tx, "INSERT INTO profile_owners (artisan_profile_id, user_id, authoritative) VALUES (?, ?, FALSE) "
                + "ON CONFLICT DO NOTHING", artisanProfileId, userId);
        Sql.update(tx, "UPDATE profile_owners SET user_id = ? WHERE artisan_profile_id = ? AND NOT authoritative",
                userId, artisanProfileId);
    }

    /** The user who owns the profile, if known. */
    public Optional<String> ownerOf(Connection connection, String artisanProfileId) throws SQLException {
        return Sql.first(connection, rows -> rows.getString(1),
                "SELECT user_id FROM profile_owners WHERE artisan_profile_id = ?", artisanProfileId);
    }
}
