package ng.korrect.transaction.dispute;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import ng.korrect.service.jdbc.Sql;

/** The disputes table. Every method works inside the caller's transaction. */
public final class DisputeRepository {

    private static final String COLUMNS = "id, escrow_id, contract_id, opened_by, category, reason, status, opened_at, "
            + "escalated_at, decision, customer_refund, artisan_payment";

    /** Stores a new dispute. */
    public void insert(Connection connection, Dispute dispute) throws SQLException {
        Sql.update(connection, "INSERT INTO disputes (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                dispute.id(), dispute.escrowId(), dispute.contractId(), dispute.openedBy(), dispute.category(),
                dispute.reason(), dispute.status(), dispute.openedAt(), dispute.escalatedAt(), dispute.decision(),
                dispute.customerRefund(), dispute.artisanPayment());
    }

    /** The dispute, if it exists. */
    public Optional<Dispute> find(Connection connection, String id) throws SQLException {
        return Sql.first(connection, DisputeRepository::read, "SELECT " + COLUMNS + " FROM disputes WHERE id = ?", id);
    }

    /** The dispute, locked until the transaction ends. */
    public Optional<Dispute> lock(Connection connection, String id) throws SQLException {
        return Sql.first(connection, DisputeRepository::read, "SELECT " + COLUMNS + " FROM disputes WHERE id = ? FOR UPDATE",
                id);
    }

    /** Records the resolution of an open dispute; false when it was no longer open. */
    public boolean resolve(Connection connection, String id, String resolvedBy, String decision, BigDecimal customerRefund,
                           BigDecimal artisanPayment, Instant now) throws SQLException {
        return Sql.update(connection, "UPDATE disputes SET status = ?, resolved_by = ?, decision = ?, customer_refund = ?, "
                + "artisan_payment = ?, resolved_at = ? WHERE id = ? AND status = ?", Dispute.RESOLVED, resolvedBy,
                decision, customerRefund, artisanPayment, now, id, Dispute.OPEN) == 1;
    }

    /** The ids of open disputes opened at or before that instant and not yet escalated. */
    public List<String> dueForEscalation(Connection connection, Instant openedBefore) throws SQLException {
        return Sql.list(connection, row -> row.getString(1), "SELECT id FROM disputes WHERE status = ? "
                + "AND escalated_at IS NULL AND opened_at <= ? ORDER BY opened_at", Dispute.OPEN, openedBefore);
    }

    /** Marks an open dispute escalated, once: false when it was already escalated or resolved. */
    public boolean markEscalated(Connection connection, String id, Instant now) throws SQLException {
        return Sql.update(connection, "UPDATE disputes SET escalated_at = ? WHERE id = ? AND status = ? "
                + "AND escalated_at IS NULL", now, id, Dispute.OPEN) == 1;
    }

    /** Erases the reasons that user wrote when opening disputes; returns the number of rows changed. */
    public int eraseReasons(Connection connection, String userId) throws SQLException {
        return Sql.update(connection, "UPDATE disputes SET reason = NULL WHERE opened_by = ? AND reason IS NOT NULL", userId);
    }

    private static Dispute read(ResultSet row) throws SQLException {
        return new Dispute(row.getString("id"), row.getString("escrow_id"), row.getString("contract_id"),
                row.getString("opened_by"), row.getString("category"), row.getString("reason"), row.getString("status"),
                Sql.instant(row, "opened_at"), Sql.instant(row, "escalated_at"), row.getString("decision"),
                row.getBigDecimal("customer_refund"), row.getBigDecimal("artisan_payment"));
    }
}
