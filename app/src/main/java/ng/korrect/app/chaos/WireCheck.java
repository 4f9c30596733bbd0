package ng.korrect.app.chaos;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import ng.korrect.catalog.EventType;

/**
 * Check (b), the wire: every event id in exactly one stream entry; the event ids on the wire are exactly
 * those of the services' outboxes, except the sent envelopes that a user's erasure deleted (which must name
 * a deleted user or a deleted artisan's profile); each fact (a user created, a booking confirmed, ...) is
 * told by at most one event, and each acknowledged creation by exactly one.
 */
final class WireCheck {

    /** The payload field that names the fact each type tells, so that two events telling the same fact are found. */
    private static final Map<EventType, Function<WireSnapshot.WireEvent, String>> FACT = Map.ofEntries(
            Map.entry(EventType.USER_CREATED, e -> e.field("userId")),
            Map.entry(EventType.USER_DELETED, e -> e.field("userId")),
            Map.entry(EventType.USER_EMAIL_VERIFIED, e -> e.field("userId")),
            Map.entry(EventType.BOOKING_CREATED, e -> e.field("bookingId")),
            Map.entry(EventType.BOOKING_CONFIRMED, e -> e.field("bookingId")),
            Map.entry(EventType.BOOKING_CANCELLED, e -> e.field("bookingId")),
            Map.entry(EventType.REVIEW_CREATED, e -> e.field("reviewId")),
            Map.entry(EventType.PAYMENT_RECEIVED, e -> e.field("paymentId")),
            Map.entry(EventType.ESCROW_FUNDED, e -> e.field("escrowId")),
            Map.entry(EventType.ESCROW_RELEASED, e -> e.field("escrowId") + "/" + e.field("milestone")),
            Map.entry(EventType.ESCROW_REFUNDED, e -> e.field("escrowId")),
            Map.entry(EventType.DISPUTE_OPENED, e -> e.field("disputeId")),
            Map.entry(EventType.DISPUTE_RESOLVED, e -> e.field("disputeId")),
            Map.entry(EventType.DISPUTE_ESCALATED, e -> e.field("disputeId")),
            Map.entry(EventType.VERIFICATION_SUBMITTED, e -> e.field("applicationId")),
            Map.entry(EventType.VERIFICATION_APPROVED, e -> e.field("applicationId")),
            Map.entry(EventType.VERIFICATION_REJECTED, e -> e.field("applicationId")),
            Map.entry(EventType.MESSAGE_SENT, e -> e.field("messageId")));

    private final List<Violation> violations = new ArrayList<>();

    /** Runs the check; returns the violations. */
    List<Violation> check(WireSnapshot wire, DatabaseSnapshot databases, Ledger ledger, ErasedParties erased) {
        Map<String, List<WireSnapshot.WireEvent>> byId = wire.events().stream()
                .collect(Collectors.groupingBy(WireSnapshot.WireEvent::eventId));
        byId.forEach((id, entries) -> {
            if (id.isEmpty()) {
                entries.forEach(entry -> violations.add(new Violation("wire", "a readable envelope in entry " + entry.entryId()
                        + " of " + entry.type().streamKey(), entry.data())));
            } else if (entries.size() > 1) {
                violations.add(new Violation("wire: duplicate entry", "event " + id + " in exactly one entry",
                        entries.size() + " entries: " + entries.stream().map(e -> e.type().wireName() + " " + e.entryId()).toList()));
            }
        });
        Map<String, List<DatabaseSnapshot.OutboxRow>> outboxById = databases.outbox().stream()
                .collect(Collectors.groupingBy(DatabaseSnapshot.OutboxRow::eventId));
        outboxById.forEach((id, rows) -> {
            if (rows.size() > 1) {
                violations.add(new Violation("wire", "event " + id + " in one outbox row", rows.toString()));
            }
            if (!byId.containsKey(id)) {
                violations.add(new Violation("wire: lost", "outbox event " + id + " on the wire", "not on the wire: " + rows));
            }
        });
        for (WireSnapshot.WireEvent event : wire.events()) {
            if (!event.eventId().isEmpty() && !outboxById.containsKey(event.eventId()) && !erased.named(event.data())) {
                violations.add(new Violation("wire", "event " + event.eventId() + " (" + event.type().wireName()
                        + ") in a service's outbox, or naming a deleted user", "on the wire only: " + event.data()));
            }
        }
        facts(wire, ledger);
        return violations;
    }

    private void facts(WireSnapshot wire, Ledger ledger) {
        Map<String, Set<String>> eventIds = new HashMap<>(); // distinct ids: a duplicate entry is reported above
        for (WireSnapshot.WireEvent event : wire.events()) {
            Function<WireSnapshot.WireEvent, String> fact = FACT.get(event.type());
            if (fact != null) {
                eventIds.computeIfAbsent(event.type().wireName() + " " + fact.apply(event), key -> new HashSet<>()).add(event.eventId());
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        eventIds.forEach((fact, ids) -> counts.put(fact, ids.size()));
        Set<String> required = new HashSet<>();
        ledger.accounts.stream().filter(a -> a.registrationAcknowledged).forEach(a -> required.add("user.created " + a.userId));
        ledger.accounts.stream().filter(a -> a.deletion == Ledger.Fate.ACKNOWLEDGED).forEach(a -> required.add("user.deleted " + a.userId));
        ledger.bookings.forEach(b -> required.add("booking.created " + b.bookingId));
        ledger.bookings.stream().filter(b -> b.confirmation == Ledger.Fate.ACKNOWLEDGED)
                .forEach(b -> required.add("booking.confirmed " + b.bookingId));
        ledger.bookings.stream().filter(b -> b.cancellation == Ledger.Fate.ACKNOWLEDGED)
                .forEach(b -> required.add("booking.cancelled " + b.bookingId));
        ledger.payments.stream().filter(p -> p.settlement == Ledger.Fate.ACKNOWLEDGED && "received".equals(p.settledAs))
                .forEach(p -> required.add("payment.received " + p.paymentId));
        ledger.disputes.forEach(d -> required.add("dispute.opened " + d.disputeId));
        ledger.disputes.stream().filter(d -> d.resolution == Ledger.Fate.ACKNOWLEDGED)
                .forEach(d -> required.add("dispute.resolved " + d.disputeId));
        ledger.messages.forEach(m -> required.add("message.sent " + m.messageId()));
        ledger.reviews.forEach(r -> required.add("review.created " + r.reviewId()));
        for (String fact : required) {
            int count = counts.getOrDefault(fact, 0);
            if (count != 1) {
                violations.add(new Violation("wire: acknowledged creation", "exactly one " + fact + " (acknowledged)",
                        count + " events on the wire " + eventIds.getOrDefault(fact, Set.of())));
            }
        }
        counts.forEach((fact, count) -> {
            if (count > 1 && !required.contains(fact)) {
                violations.add(new Violation("wire: fact told twice", "at most one " + fact, count + " events on the wire "
                        + eventIds.get(fact)));
            }
        });
    }
}
