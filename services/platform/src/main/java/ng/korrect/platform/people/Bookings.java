package ng.korrect.platform.people;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The bookings read model ({@code known_bookings}, from {@code booking.created}) and the profile owners
 * read model ({@code profile_owners}, from {@code booking.created} and {@code verification.*}). Stateless.
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
        KnownUsers.execute(tx, "INSERT INTO known_bookings (booking_id, customer_id, artisan_id, artisan_profile_id, service) "
                        + "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", booking.bookingId(), booking.customerId(),
                booking.artisanId(), booking.artisanProfileId(), booking.service());
        rememberOwner(tx, booking.artisanProfileId(), booking.artisanId());
    }

    /** The booking, if {@code booking.created} has arrived. */
    public Optional<KnownBooking> find(Connection connection, String bookingId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT booking_id, customer_id, artisan_id, "
                + "artisan_profile_id, service FROM known_bookings WHERE booking_id = ?")) {
            select.setString(1, bookingId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(new KnownBooking(rows.getString(1), rows.getString(2), rows.getString(3),
                        rows.getString(4), rows.getString(5))) : Optional.empty();
            }
        }
    }

    /** Records that the profile belongs to that user (a profile never changes owner). */
    public void rememberOwner(Connection tx, String artisanProfileId, String userId) throws SQLException {
        KnownUsers.execute(tx, "INSERT INTO profile_owners (artisan_profile_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                artisanProfileId, userId);
    }

    /** The user who owns the profile, if known. */
    public Optional<String> ownerOf(Connection connection, String artisanProfileId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT user_id FROM profile_owners WHERE artisan_profile_id = ?")) {
            select.setString(1, artisanProfileId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }
}
