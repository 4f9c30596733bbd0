package ng.korrect.artisan.figures;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import ng.korrect.artisan.account.ErasedUsers;
import ng.korrect.service.jdbc.Sql;
import ng.korrect.catalog.payload.BookingCancelled;
import ng.korrect.catalog.payload.BookingConfirmed;
import ng.korrect.catalog.payload.BookingCreated;

/**
 * The per-booking read model that the booking events build: one row per booking, created by whichever
 * event comes first and then only ever switched on (created, confirmed, cancelled), so that duplicates
 * and any arrival order leave the same row. Figures are aggregated from it, never counted up.
 */
public final class BookingLedger {

    private static final String ENSURE_ROW = "INSERT INTO bookings (booking_id, artisan_user_id, customer_id, profile_id, "
            + "created, confirmed, cancelled, cancelled_by) VALUES (?, ?, ?, NULL, FALSE, FALSE, FALSE, NULL) "
            + "ON CONFLICT DO NOTHING";

    private final ErasedUsers erasedUsers;

    /** A ledger that stores no data of the users that one remembers as erased. */
    public BookingLedger(ErasedUsers erasedUsers) {
        this.erasedUsers = erasedUsers;
    }

    /** {@code booking.created}: the booking exists, for that profile. */
    public void recordCreated(Connection connection, BookingCreated booking) throws SQLException {
        if (ensureRow(connection, booking.bookingId(), booking.artisanId(), booking.customerId())) {
            Sql.update(connection, "UPDATE bookings SET created = TRUE, profile_id = ? WHERE booking_id = ?",
                    booking.artisanProfileId(), booking.bookingId());
        }
    }

    /** {@code booking.confirmed}: the job was done. */
    public void recordConfirmed(Connection connection, BookingConfirmed booking) throws SQLException {
        if (ensureRow(connection, booking.bookingId(), booking.artisanId(), booking.customerId())) {
            Sql.update(connection, "UPDATE bookings SET confirmed = TRUE WHERE booking_id = ?", booking.bookingId());
        }
    }

    /** {@code booking.cancelled}: the booking was cancelled, by the customer or the artisan. */
    public void recordCancelled(Connection connection, BookingCancelled booking) throws SQLException {
        if (ensureRow(connection, booking.bookingId(), booking.artisanId(), booking.customerId())) {
            Sql.update(connection, "UPDATE bookings SET cancelled = TRUE, cancelled_by = ? WHERE booking_id = ?",
                    booking.cancelledBy().wireName(), booking.bookingId());
        }
    }

    /** The counts of that artisan user's bookings. A booking both confirmed and cancelled counts as completed. */
    public BookingTrack track(Connection connection, String artisanUserId) throws SQLException {
        return Sql.first(connection, row -> new BookingTrack(row.getLong("bookings"), row.getLong("completed"),
                row.getLong("cancelled"), row.getLong("by_artisan")), "SELECT COUNT(*) AS bookings, "
                + "COALESCE(SUM(CASE WHEN confirmed THEN 1 ELSE 0 END), 0) AS completed, "
                + "COALESCE(SUM(CASE WHEN cancelled AND NOT confirmed THEN 1 ELSE 0 END), 0) AS cancelled, "
                + "COALESCE(SUM(CASE WHEN cancelled AND NOT confirmed AND cancelled_by = 'artisan' THEN 1 ELSE 0 END), 0) "
                + "AS by_artisan FROM bookings WHERE artisan_user_id = ?", artisanUserId).orElse(BookingTrack.NONE);
    }

    /** The booking as the events told it, if any event did. */
    public Optional<KnownBooking> find(Connection connection, String bookingId) throws SQLException {
        return Sql.first(connection, row -> new KnownBooking(row.getString("booking_id"),
                row.getString("artisan_user_id"), row.getString("customer_id"), row.getString("profile_id"),
                row.getBoolean("confirmed"), row.getBoolean("cancelled")), "SELECT booking_id, artisan_user_id, "
                + "customer_id, profile_id, confirmed, cancelled FROM bookings WHERE booking_id = ?", bookingId);
    }

    /** Forgets the bookings of a deleted artisan. */
    public void forgetArtisan(Connection connection, String userId) throws SQLException {
        Sql.update(connection, "DELETE FROM bookings WHERE artisan_user_id = ?", userId);
    }

    /** Erases a deleted customer from the bookings, which stay for the artisans' figures. */
    public void forgetCustomer(Connection connection, String userId) throws SQLException {
        Sql.update(connection, "UPDATE bookings SET customer_id = NULL WHERE customer_id = ?", userId);
    }

    /** Makes sure the booking's row exists; false when the artisan was erased and nothing is to be kept. */
    private boolean ensureRow(Connection connection, String bookingId, String artisanUserId, String customerId)
            throws SQLException {
        if (erasedUsers.contains(connection, artisanUserId)) {
            return false;
        }
        String keptCustomer = erasedUsers.contains(connection, customerId) ? null : customerId;
        Sql.update(connection, ENSURE_ROW, bookingId, artisanUserId, keptCustomer);
        return true;
    }

    /**
     * One booking of the read model.
     *
     * @param bookingId the booking
     * @param artisanUserId the artisan's user id
     * @param customerId the customer's user id; null once the customer was erased
     * @param profileId the profile booked; null until {@code booking.created} arrived
     * @param confirmed whether {@code booking.confirmed} arrived
     * @param cancelled whether {@code booking.cancelled} arrived
     */
    public record KnownBooking(String bookingId, String artisanUserId, String customerId, String profileId,
                               boolean confirmed, boolean cancelled) {
    }
}
