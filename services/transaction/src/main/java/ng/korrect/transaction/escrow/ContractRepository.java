package ng.korrect.transaction.escrow;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import ng.korrect.service.jdbc.Sql;

/** The contracts and milestones tables. Every method works inside the caller's transaction. */
public final class ContractRepository {

    /** Stores a new contract and its milestones. */
    public void insert(Connection connection, Contract contract) throws SQLException {
        Sql.update(connection, "INSERT INTO contracts (id, customer_id, artisan_id, booking_id, total, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", contract.id(), contract.customerId(), contract.artisanId(),
                contract.bookingId(), contract.total(), contract.createdAt());
        for (Milestone milestone : contract.milestones()) {
            Sql.update(connection, "INSERT INTO milestones (contract_id, number, title, amount) VALUES (?, ?, ?, ?)",
                    contract.id(), milestone.number(), milestone.title(), milestone.amount());
        }
    }

    /** The contract with its milestones, if it exists. */
    public Optional<Contract> find(Connection connection, String id) throws SQLException {
        List<Milestone> milestones = Sql.list(connection, ContractRepository::readMilestone,
                "SELECT number, title, amount, released_at FROM milestones WHERE contract_id = ? ORDER BY number", id);
        return Sql.first(connection, row -> new Contract(row.getString("id"), row.getString("customer_id"),
                        row.getString("artisan_id"), row.getString("booking_id"), row.getBigDecimal("total"), milestones,
                        Sql.instant(row, "created_at")),
                "SELECT id, customer_id, artisan_id, booking_id, total, created_at FROM contracts WHERE id = ?", id);
    }

    /** The milestone of that number, if the contract has it. */
    public Optional<Milestone> milestone(Connection connection, String contractId, int number) throws SQLException {
        return Sql.first(connection, ContractRepository::readMilestone, "SELECT number, title, amount, released_at "
                + "FROM milestones WHERE contract_id = ? AND number = ?", contractId, number);
    }

    /** Marks the milestone released unless it already was; false when it already was. */
    public boolean markReleased(Connection connection, String contractId, int number, java.time.Instant now)
            throws SQLException {
        return Sql.update(connection, "UPDATE milestones SET released_at = ? WHERE contract_id = ? AND number = ? "
                + "AND released_at IS NULL", now, contractId, number) == 1;
    }

    private static Milestone readMilestone(ResultSet row) throws SQLException {
        return new Milestone(row.getInt("number"), row.getString("title"), row.getBigDecimal("amount"),
                Sql.instant(row, "released_at"));
    }
}
