package ng.korrect.platform.people;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

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
        KnownUsers.execute(tx, "INSERT INTO dispute_parties (dispute_id, contract_id, customer_id, artisan_id, category) "
                        + "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", parties.disputeId(), parties.contractId(),
                parties.customerId(), parties.artisanId(), parties.category());
    }

    /** The parties, if {@code dispute.opened} has arrived. */
    public Optional<Parties> find(Connection connection, String disputeId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT dispute_id, contract_id, customer_id, "
                + "artisan_id, category FROM dispute_parties WHERE dispute_id = ?")) {
            select.setString(1, disputeId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(new Parties(rows.getString(1), rows.getString(2), rows.getString(3),
                        rows.getString(4), rows.getString(5))) : Optional.empty();
            }
        }
    }
}
