package ng.korrect.transaction.escrow;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import ng.korrect.service.jdbc.Sql;

/** The escrows table. Every method works inside the caller's transaction. */
public final class EscrowRepository {

    private static final String COLUMNS = "id, contract_id, customer_id, artisan_id, total, funded, released, refunded, "
            + "status, refund_reason";

    /** Stores a new escrow. */
    public void insert(Connection connection, Escrow escrow) throws SQLException {
        EscrowBalance balance = escrow.balance();
        Sql.update(connection, "INSERT INTO escrows (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                escrow.id(), escrow.contractId(), escrow.customerId(), escrow.artisanId(), balance.total(),
                balance.funded(), balance.released(), balance.refunded(), escrow.status().wireName(), escrow.refundReason());
    }

    /** The escrow, if it exists. */
    public Optional<Escrow> find(Connection connection, String id) throws SQLException {
        return Sql.first(connection, EscrowRepository::read, "SELECT " + COLUMNS + " FROM escrows WHERE id = ?", id);
    }

    /** The escrow of that contract, if it exists. */
    public Optional<Escrow> ofContract(Connection connection, String contractId) throws SQLException {
        return Sql.first(connection, EscrowRepository::read, "SELECT " + COLUMNS + " FROM escrows WHERE contract_id = ?",
                contractId);
    }

    /** The escrow, locked until the transaction ends: every movement of its money holds this lock. */
    public Optional<Escrow> lock(Connection connection, String id) throws SQLException {
        return Sql.first(connection, EscrowRepository::read, "SELECT " + COLUMNS + " FROM escrows WHERE id = ? FOR UPDATE",
                id);
    }

    /** Writes the escrow's new balance and status. */
    public void update(Connection connection, String id, EscrowBalance balance, EscrowStatus status) throws SQLException {
        Sql.update(connection, "UPDATE escrows SET funded = ?, released = ?, refunded = ?, status = ? WHERE id = ?",
                balance.funded(), balance.released(), balance.refunded(), status.wireName(), id);
    }

    /** Marks the escrow funded, once: false when it was not awaiting funding. */
    public boolean markFunded(Connection connection, String id, Instant now) throws SQLException {
        return Sql.update(connection, "UPDATE escrows SET status = ?, funded_at = ? WHERE id = ? AND status = ?",
                EscrowStatus.FUNDED.wireName(), now, id, EscrowStatus.AWAITING_FUNDING.wireName()) == 1;
    }

    /** Records who refunded the escrow and why. */
    public void recordRefund(Connection connection, String id, String refundedBy, String reason) throws SQLException {
        Sql.update(connection, "UPDATE escrows SET refunded_by = ?, refund_reason = ? WHERE id = ?", refundedBy, reason, id);
    }

    /** Whether a dispute about the escrow is open (escalated ones included): releases wait for it. */
    public boolean hasOpenDispute(Connection connection, String id) throws SQLException {
        return Sql.count(connection, "SELECT COUNT(*) FROM disputes WHERE escrow_id = ? AND status = 'open'", id) > 0;
    }

    /** Erases the refund reasons that user wrote; returns the number of rows changed. */
    public int eraseRefundReasons(Connection connection, String userId) throws SQLException {
        return Sql.update(connection, "UPDATE escrows SET refund_reason = NULL WHERE refunded_by = ? "
                + "AND refund_reason IS NOT NULL", userId);
    }

    private static Escrow read(ResultSet row) throws SQLException {
        EscrowBalance balance = new EscrowBalance(row.getBigDecimal("total"), row.getBigDecimal("funded"),
                row.getBigDecimal("released"), row.getBigDecimal("refunded"));
        return new Escrow(row.getString("id"), row.getString("contract_id"), row.getString("customer_id"),
                row.getString("artisan_id"), balance, EscrowStatus.fromWire(row.getString("status")),
                row.getString("refund_reason"));
    }
}
