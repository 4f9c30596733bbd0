package ng.korrect.app.chaos;

import java.util.HashSet;
import java.util.Set;
import ng.korrect.catalog.EventType;

/**
 * The users the wire says were deleted ({@code user.deleted}) and the artisan profiles they owned (from
 * {@code booking.created} and {@code verification.*}, and the ledger): the erasure of such a user deletes the
 * sent outbox envelopes that name them or their profile, and their notifications are no longer expected.
 */
final class ErasedParties {

    private final Set<String> userIds = new HashSet<>();
    private final Set<String> profileIds = new HashSet<>();

    ErasedParties(WireSnapshot wire, Ledger ledger) {
        wire.of(EventType.USER_DELETED).forEach(event -> userIds.add(event.field("userId")));
        for (WireSnapshot.WireEvent event : wire.events()) {
            String owner = switch (event.type()) {
                case BOOKING_CREATED -> event.field("artisanId");
                case VERIFICATION_SUBMITTED, VERIFICATION_APPROVED, VERIFICATION_REJECTED -> event.field("userId");
                default -> null;
            };
            if (owner != null && userIds.contains(owner)) {
                profileIds.add(event.field("artisanProfileId"));
            }
        }
        ledger.accounts.stream().filter(a -> a.profileId != null && userIds.contains(a.userId)).forEach(a -> profileIds.add(a.profileId));
    }

    /** Whether the user was deleted. */
    boolean deleted(String userId) {
        return userIds.contains(userId);
    }

    /** Whether an envelope's text names a deleted user or a deleted user's profile. */
    boolean named(String envelope) {
        return userIds.stream().anyMatch(envelope::contains) || profileIds.stream().anyMatch(envelope::contains);
    }
}
