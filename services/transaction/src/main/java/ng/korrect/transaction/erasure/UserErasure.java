package ng.korrect.transaction.erasure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import ng.korrect.bus.Delivery;
import ng.korrect.bus.idempotency.TransactionalEventHandler;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.payload.UserDeleted;
import ng.korrect.service.jdbc.EnvelopeNotSentException;
import ng.korrect.service.jdbc.OutboxEnvelopes;
import ng.korrect.transaction.booking.BookingRepository;
import ng.korrect.transaction.dispute.DisputeRepository;
import ng.korrect.transaction.escrow.EscrowRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code transaction} group's handler of {@code user.deleted} (in every service, {@code erasure.UserErasure}):
 * erases the personal data the service holds about a deleted user while keeping every financial record
 * (ids, parties, amounts, statuses, dates) that accounting needs: the address and notes of the bookings
 * they made, the cancel reasons, dispute reasons and refund reasons they wrote. Running it again changes
 * nothing more.
 *
 * <p>The outbox keeps sent envelopes a day, and three types carry the same free text as their
 * {@code reason}: {@code booking.cancelled} and {@code dispute.opened} (whose payloads name the customer
 * and the artisan) and {@code escrow.refunded} (which names the customer). The sent envelopes of those
 * types that name the user as either party are deleted, whoever wrote the reason: an envelope is only a
 * copy, the tables keep the record. The other types carry ids, amounts, statuses and text the service or
 * an admin wrote ({@code dispute.escalated}'s reason only counts the days a dispute has been open), and
 * stay. When such an envelope is not sent yet, the erasure throws {@link EnvelopeNotSentException} and
 * the caller's transaction rolls back, table changes included; the bus delivers the {@code user.deleted}
 * again after its backoff, by when the relay has sent the envelope: a retriable failure. The erasure has no
 * permanent failure of its own.
 */
public final class UserErasure implements TransactionalEventHandler<UserDeleted> {

    private static final Logger LOG = LoggerFactory.getLogger(UserErasure.class);

    private static final Set<EventType> WITH_REASONS = Set.of(EventType.BOOKING_CANCELLED, EventType.DISPUTE_OPENED,
            EventType.ESCROW_REFUNDED);

    private final BookingRepository bookings = new BookingRepository();
    private final EscrowRepository escrows = new EscrowRepository();
    private final DisputeRepository disputes = new DisputeRepository();
    private final OutboxEnvelopes outbox = new OutboxEnvelopes();

    @Override
    public void handle(Event<UserDeleted> event, Delivery delivery, Connection transaction) throws Exception {
        int erased = erase(transaction, event.payload().userId());
        LOG.info("user {} deleted: erased personal data in {} row(s) and sent envelope(s), financial records kept",
                event.payload().userId(), erased);
    }

    /**
     * Erases that user's personal data in the caller's transaction; returns the number of rows changed
     * and envelopes deleted.
     *
     * @throws EnvelopeNotSentException when an envelope with the user's free text is not sent yet
     */
    public int erase(Connection connection, String userId) throws SQLException {
        return bookings.erasePersonalData(connection, userId)
                + escrows.eraseRefundReasons(connection, userId)
                + disputes.eraseReasons(connection, userId)
                + outbox.forgetSent(connection, WITH_REASONS, "customerId", userId)
                + outbox.forgetSent(connection, WITH_REASONS, "artisanId", userId);
    }
}
