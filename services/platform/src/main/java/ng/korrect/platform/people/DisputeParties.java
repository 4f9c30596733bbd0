package ng.korrect.platform.people;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import ng.korrect.service.jdbc.Sql;

/** The dispute parties read model ({@code dispute_parties}, from {@code dispute.opened}). Stateless. */
public final class DisputeParties {

    /**
     * The parties of one dispute.
     *
     * @param disputeId the dispute
     * @param contractId its contract
     * @param customerId the customer
     * @param artisanId the artisan
     * @param category what it is about
     */
    public record Parties(String disputeId, String contractId, String customerId, String artisanId, String category) {
    }

    /** Stores the parties (a second time changes nothing). */
    public void remember(Connection tx, Parties parties) throws SQLException {
        Sql.update(tx, "INSERT INTO dispute_parties (dispute_id, contract_id, customer_id, artisan_id, category) "
                        + "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", parties.disputeId(), parties.contractId(),
                parties.customerId(), parties.artisanId(), parties.category());
    }

    /** The parties, if {@code dispute.opened} has arrived. */
    public Optional<Parties> find(Connection connection, String disputeId) throws SQLException {
        return Sql.first(connection, rows -> new Parties(rows.getString(1), rows.getString(2), rows.getString(3),
                        rows.getString(4), rows.getString(5)), "SELECT dispute_id, contract_id, customer_id, "
                + "artisan_id, category FROM dispute_parties WHERE dispute_id = ?", disputeId);
    }
}
