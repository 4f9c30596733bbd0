package ng.korrect.platform.delivery;

import java.util.List;
import java.util.Optional;
import ng.korrect.service.Paging;
import ng.korrect.service.Transactions;

/**
 * The deliveries as an admin reads them: newest first, filtered by status and recipient, a page at a time, in
 * one transaction. Attempting them is the {@link DeliveryWorker}'s.
 */
public final class Deliveries {

    private final Transactions transactions;
    private final DeliveryRepository deliveries = new DeliveryRepository();

    /** The deliveries of that database. */
    public Deliveries(Transactions transactions) {
        this.transactions = transactions;
    }

    /** That page of the deliveries in that status (any when empty) to that recipient (anyone when empty). */
    public List<DeliveryRecord> list(Optional<DeliveryStatus> status, Optional<String> userId, Paging paging) {
        return transactions.inTransaction(tx -> deliveries.list(tx.connection(), status, userId, paging.limit(),
                paging.offset()));
    }
}
