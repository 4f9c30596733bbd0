package ng.korrect.transaction.booking;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import ng.korrect.service.jdbc.Sql;

/** The bookings table. Every method works inside the caller's transaction. */
public final class BookingRepository {

    private static final String COLUMNS = "id, customer_id, artisan_id, artisan_profile_id, service, status, scheduled_for, "
            + "address, notes, quoted_price, final_price, cancelled_by, cancel_reason, created_at";

    /** Stores a new booking. */
    public void insert(Connection connection, Booking booking) throws SQLException {
        Sql.update(connection, "INSERT INTO bookings (" + COLUMNS + ", updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                booking.id(), booking.customerId(), booking.artisanId(), booking.artisanProfileId(), booking.service(),
                booking.status().wireName(), booking.scheduledFor(), booking.address(), booking.notes(),
                booking.quotedPrice(), booking.finalPrice(), booking.cancelledBy(), booking.cancelReason(),
                booking.createdAt(), booking.createdAt());
    }

    /** The booking, if it exists. */
    public Optional<Booking> find(Connection connection, String id) throws SQLException {
        return Sql.first(connection, BookingRepository::read, "SELECT " + COLUMNS + " FROM bookings WHERE id = ?", id);
    }

    /** The booking, locked until the transaction ends, so that two transitions cannot race. */
    public Optional<Booking> lock(Connection connection, String id) throws SQLException {
        return Sql.first(connection, BookingRepository::read,
                "SELECT " + COLUMNS + " FROM bookings WHERE id = ? FOR UPDATE", id);
    }

    /** The bookings of that customer or artisan, newest first, at most {@code limit}. */
    public List<Booking> ofUser(Connection connection, String userId, int limit) throws SQLException {
        return Sql.list(connection, BookingRepository::read, "SELECT " + COLUMNS + " FROM bookings "
                + "WHERE customer_id = ? OR artisan_id = ? ORDER BY created_at DESC, id LIMIT ?", userId, userId, limit);
    }

    /** Every booking, newest first, at most {@code limit} (for admins). */
    public List<Booking> all(Connection connection, int limit) throws SQLException {
        return Sql.list(connection, BookingRepository::read,
                "SELECT " + COLUMNS + " FROM bookings ORDER BY created_at DESC, id LIMIT ?", limit);
    }

    /**
     * Locks the customer's pending bookings until the transaction ends, so that two bookings made at once
     * by one customer are counted against the limits one after the other.
     */
    public void lockPendingOf(Connection connection, String customerId) throws SQLException {
        Sql.list(connection, row -> row.getString(1), "SELECT id FROM bookings WHERE customer_id = ? AND status = ? "
                + "FOR UPDATE", customerId, BookingStatus.PENDING.wireName());
    }

    /**
     * The customer's open bookings: pending, with no payment received or pending for them (directly or
     * towards an escrow of theirs); with that artisan only when {@code artisanId} is not null.
     */
    public long openOf(Connection connection, String customerId, String artisanId) throws SQLException {
        String open = "SELECT COUNT(*) FROM bookings b WHERE b.customer_id = ? AND b.status = ? AND NOT EXISTS "
                + "(SELECT 1 FROM payments p WHERE p.booking_id = b.id AND p.status IN ('received', 'pending'))";
        return artisanId == null
                ? Sql.count(connection, open, customerId, BookingStatus.PENDING.wireName())
                : Sql.count(connection, open + " AND b.artisan_id = ?", customerId, BookingStatus.PENDING.wireName(),
                        artisanId);
    }

    /** Whether the customer has booked that artisan, whatever became of the booking. */
    public boolean hasBooked(Connection connection, String customerId, String artisanId) throws SQLException {
        return Sql.count(connection, "SELECT COUNT(*) FROM bookings WHERE customer_id = ? "
                + "AND artisan_id = ?", customerId, artisanId) > 0;
    }

    /** Moves a pending booking to confirmed; false when it was no longer pending. */
    public boolean confirm(Connection connection, String id, BigDecimal finalPrice, Instant now) throws SQLException {
        return Sql.update(connection, "UPDATE bookings SET status = ?, final_price = ?, updated_at = ? "
                + "WHERE id = ? AND status = ?", BookingStatus.CONFIRMED.wireName(), finalPrice, now, id,
                BookingStatus.PENDING.wireName()) == 1;
    }

    /** Moves a pending booking to cancelled; false when it was no longer pending. */
    public boolean cancel(Connection connection, String id, String cancelledBy, String reason, Instant now)
            throws SQLException {
        return Sql.update(connection, "UPDATE bookings SET status = ?, cancelled_by = ?, cancel_reason = ?, updated_at = ? "
                + "WHERE id = ? AND status = ?", BookingStatus.CANCELLED.wireName(), cancelledBy, reason, now, id,
                BookingStatus.PENDING.wireName()) == 1;
    }

    /**
     * Erases what the user wrote or what locates them: address and notes of their bookings as customer,
     * and the cancel reasons they wrote. Returns the number of rows changed.
     */
    public int erasePersonalData(Connection connection, String userId) throws SQLException {
        int asCustomer = Sql.update(connection, "UPDATE bookings SET address = NULL, notes = NULL WHERE customer_id = ? "
                + "AND (address IS NOT NULL OR notes IS NOT NULL)", userId);
        int reasons = Sql.update(connection, "UPDATE bookings SET cancel_reason = NULL WHERE cancel_reason IS NOT NULL "
                + "AND ((cancelled_by = 'customer' AND customer_id = ?) OR (cancelled_by = 'artisan' AND artisan_id = ?))",
                userId, userId);
        return asCustomer + reasons;
    }

    private static Booking read(ResultSet row) throws SQLException {
        return new Booking(row.getString("id"), row.getString("customer_id"), row.getString("artisan_id"),
                row.getString("artisan_profile_id"), row.getString("service"),
                BookingStatus.fromWire(row.getString("status")), Sql.instant(row, "scheduled_for"),
                row.getString("address"), row.getString("notes"), row.getBigDecimal("quoted_price"),
                row.getBigDecimal("final_price"), row.getString("cancelled_by"), row.getString("cancel_reason"),
                Sql.instant(row, "created_at"));
    }
}
