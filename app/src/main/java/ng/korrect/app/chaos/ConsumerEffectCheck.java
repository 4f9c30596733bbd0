package ng.korrect.app.chaos;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ng.korrect.catalog.EventType;

/**
 * Check (c), the consumers' effects: in the platform's database no notification exists twice for one
 * (source event, user, kind), and every event that the platform turns into a notification has one for each
 * recipient that still exists (the recipients as the platform's README lists them).
 */
final class ConsumerEffectCheck {

    private final List<Violation> violations = new ArrayList<>();
    private int expected;

    /** Runs the check; returns the violations. */
    List<Violation> check(WireSnapshot wire, DatabaseSnapshot databases, ErasedParties erased) {
        Map<String, Long> copies = databases.notifications().stream().collect(Collectors.groupingBy(
                n -> n.sourceEventId() + " " + n.userId() + " " + n.kind(), Collectors.counting()));
        copies.forEach((key, count) -> {
            if (count > 1) {
                violations.add(new Violation("effects: duplicate notification", "one notification for (event, user, kind) " + key,
                        count + " notifications"));
            }
        });
        Set<String> notified = databases.notifications().stream().map(n -> n.sourceEventId() + " " + n.userId())
                .collect(Collectors.toSet());
        Recipients recipients = new Recipients(wire);
        for (WireSnapshot.WireEvent event : wire.events()) {
            for (String user : recipients.of(event)) {
                if (user.isEmpty() || erased.deleted(user)) {
                    continue;
                }
                expected++;
                if (!notified.contains(event.eventId() + " " + user)) {
                    violations.add(new Violation("effects: missing notification", "a notification of " + event.type().wireName()
                            + " " + event.eventId() + " for user " + user, "none (" + diagnosis(event, databases)
                            + "); event: " + event.data()));
                }
            }
        }
        return violations;
    }

    /** Whether the platform's group marked the event handled, and whom its notifications went to. */
    private static String diagnosis(WireSnapshot.WireEvent event, DatabaseSnapshot databases) {
        List<String> others = databases.notifications().stream().filter(n -> event.eventId().equals(n.sourceEventId()))
                .map(n -> n.userId() + " " + n.kind()).toList();
        return (databases.platformHandled().contains(event.eventId()) ? "handled" : "not handled") + " by group platform, "
                + "entry " + event.entryId() + ", its notifications: " + others;
    }

    /** How many notifications were expected (recipients that still exist). */
    int expected() {
        return expected;
    }

    /** Who the platform notifies of each event, from the event and the earlier events it needs. */
    private static final class Recipients {

        private final Set<String> admins = new HashSet<>();
        private final Map<String, String> profileOwners = new HashMap<>();
        private final Map<String, List<String>> disputeParties = new HashMap<>();

        Recipients(WireSnapshot wire) {
            wire.of(EventType.USER_CREATED).stream().filter(e -> "admin".equals(e.field("role")))
                    .forEach(e -> admins.add(e.field("userId")));
            wire.of(EventType.BOOKING_CREATED).forEach(e -> profileOwners.put(e.field("artisanProfileId"), e.field("artisanId")));
            for (EventType type : List.of(EventType.VERIFICATION_SUBMITTED, EventType.VERIFICATION_APPROVED,
                    EventType.VERIFICATION_REJECTED)) {
                wire.of(type).forEach(e -> profileOwners.put(e.field("artisanProfileId"), e.field("userId")));
            }
            wire.of(EventType.DISPUTE_OPENED).forEach(e -> disputeParties.put(e.field("disputeId"),
                    List.of(e.field("customerId"), e.field("artisanId"))));
        }

        List<String> of(WireSnapshot.WireEvent event) {
            return switch (event.type()) {
                case USER_CREATED, USER_EMAIL_VERIFIED, NOTIFICATION_SEND, VERIFICATION_APPROVED, VERIFICATION_REJECTED ->
                        List.of(event.field("userId"));
                case BOOKING_CREATED, ESCROW_RELEASED -> List.of(event.field("artisanId"));
                case BOOKING_CONFIRMED, BOOKING_CANCELLED, ESCROW_FUNDED -> List.of(event.field("customerId"), event.field("artisanId"));
                case REVIEW_CREATED -> List.of(profileOwners.getOrDefault(event.field("artisanProfileId"), ""));
                case PAYMENT_RECEIVED, PAYMENT_FAILED, ESCROW_REFUNDED -> List.of(event.field("customerId"));
                case DISPUTE_OPENED -> with(admins, event.field("artisanId"));
                case DISPUTE_RESOLVED -> disputeParties.getOrDefault(event.field("disputeId"), List.of());
                case DISPUTE_ESCALATED, VERIFICATION_SUBMITTED -> List.copyOf(admins);
                case MESSAGE_SENT -> List.of(event.field("recipientId"));
                case USER_UPDATED, USER_DELETED -> List.of();
            };
        }

        private static List<String> with(Set<String> admins, String user) {
            List<String> all = new ArrayList<>(admins);
            all.add(user);
            return all;
        }
    }
}
