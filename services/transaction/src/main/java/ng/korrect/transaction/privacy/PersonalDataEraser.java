package ng.korrect.transaction.privacy;

import java.sql.Connection;
import java.sql.SQLException;
import ng.korrect.transaction.booking.BookingRepository;
import ng.korrect.transaction.dispute.DisputeRepository;
import ng.korrect.transaction.escrow.EscrowRepository;

/**
 * Erases the personal data the service holds about a deleted user while keeping every financial record
 * (ids, parties, amounts, statuses, dates) that accounting needs: the address and notes of the bookings
 * they made, the cancel reasons, dispute reasons and refund reasons they wrote. Running it again changes
 * nothing more.
 */
public final class PersonalDataEraser {

    private final BookingRepository bookings = new BookingRepository();
    private final EscrowRepository escrows = new EscrowRepository();
    private final DisputeRepository disputes = new DisputeRepository();

    /** Erases that user's personal data in the caller's transaction; returns the number of rows changed. */
    public int erase(Connection connection, String userId) throws SQLException {
        return bookings.erasePersonalData(connection, userId)
                + escrows.eraseRefundReasons(connection, userId)
                + disputes.eraseReasons(connection, userId);
    }
}
