package ng.korrect.transaction.payment;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import ng.korrect.service.jdbc.Sql;

/** The payments and webhook deliveries tables. Every method works inside the caller's transaction. */
public final class PaymentRepository {

    private static final String COLUMNS = "id, customer_id, booking_id, escrow_id, contract_id, amount, status, "
            + "reference, failure_reason, created_at";

    /** Stores a new payment. */
    public void insert(Connection connection, Payment payment) throws SQLException {
        Sql.update(connection, "INSERT INTO payments (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                payment.id(), payment.customerId(), payment.bookingId(), payment.escrowId(), payment.contractId(),
                payment.amount(), payment.status().wireName(), payment.reference(), payment.failureReason(),
                payment.createdAt());
    }

    /** The payment, if it exists. */
    public Optional<Payment> find(Connection connection, String id) throws SQLException {
        return Sql.first(connection, PaymentRepository::read, "SELECT " + COLUMNS + " FROM payments WHERE id = ?", id);
    }

    /** The payment of that provider reference, locked until the transaction ends. */
    public Optional<Payment> lockByReference(Connection connection, String reference) throws SQLException {
        return Sql.first(connection, PaymentRepository::read,
                "SELECT " + COLUMNS + " FROM payments WHERE reference = ? FOR UPDATE", reference);
    }

    /** Records the outcome of a charge: its reference, its status, and the failure's reason if any. */
    public void settle(Connection connection, String id, String reference, PaymentStatus status, String failureReason,
                       Instant now) throws SQLException {
        Sql.update(connection, "UPDATE payments SET reference = ?, status = ?, failure_reason = ?, settled_at = ? WHERE id = ?",
                reference, status.wireName(), failureReason, status == PaymentStatus.PENDING ? null : now, id);
    }

    /** The booking's direct payments received and not refunded (one at most, as a booking is paid once). */
    public java.util.List<Payment> receivedForBooking(Connection connection, String bookingId) throws SQLException {
        return Sql.list(connection, PaymentRepository::read, "SELECT " + COLUMNS + " FROM payments "
                + "WHERE booking_id = ? AND escrow_id IS NULL AND status = 'received' ORDER BY created_at, id", bookingId);
    }

    /** Marks a received payment refunded; false when it was not received (any more), so it is refunded once. */
    public boolean markRefunded(Connection connection, String id, Instant now) throws SQLException {
        return Sql.update(connection, "UPDATE payments SET status = 'refunded', refunded_at = ? "
                + "WHERE id = ? AND status = 'received'", now, id) == 1;
    }

    /** Records the provider's reference of a payment's refund. */
    public void recordRefundReference(Connection connection, String id, String refundReference) throws SQLException {
        Sql.update(connection, "UPDATE payments SET refund_reference = ? WHERE id = ?", refundReference, id);
    }

    /** The payment of that provider reference, if any, without a lock. */
    public Optional<Payment> findByReference(Connection connection, String reference) throws SQLException {
        return Sql.first(connection, PaymentRepository::read,
                "SELECT " + COLUMNS + " FROM payments WHERE reference = ?", reference);
    }

    /** Whether the booking has a payment received or pending. */
    public boolean bookingPaidOrPending(Connection connection, String bookingId) throws SQLException {
        return Sql.count(connection, "SELECT COUNT(*) FROM payments "
                + "WHERE booking_id = ? AND escrow_id IS NULL AND status IN ('received', 'pending')", bookingId) > 0;
    }

    /** The sum of the escrow's payments still pending. */
    public BigDecimal pendingTowards(Connection connection, String escrowId) throws SQLException {
        return Sql.first(connection, row -> row.getBigDecimal(1), "SELECT COALESCE(SUM(amount), 0) FROM payments "
                + "WHERE escrow_id = ? AND status = 'pending'", escrowId).orElse(BigDecimal.ZERO);
    }

    /** Records a provider notification; false when that reference and event were already recorded. */
    public boolean recordDelivery(Connection connection, String reference, String event, Instant now) throws SQLException {
        return Sql.update(connection, "INSERT INTO webhook_deliveries (reference, event, received_at) VALUES (?, ?, ?) "
                + "ON CONFLICT DO NOTHING", reference, event, now) == 1;
    }

    private static Payment read(ResultSet row) throws SQLException {
        return new Payment(row.getString("id"), row.getString("customer_id"), row.getString("booking_id"),
                row.getString("escrow_id"), row.getString("contract_id"), row.getBigDecimal("amount"),
                PaymentStatus.fromWire(row.getString("status")), row.getString("reference"),
                row.getString("failure_reason"), Sql.instant(row, "created_at"));
    }
}
