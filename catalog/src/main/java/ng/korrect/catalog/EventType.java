package ng.korrect.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ng.korrect.catalog.internal.PayloadModel;
import ng.korrect.catalog.payload.BookingCancelled;
import ng.korrect.catalog.payload.BookingConfirmed;
import ng.korrect.catalog.payload.BookingCreated;
import ng.korrect.catalog.payload.DisputeEscalated;
import ng.korrect.catalog.payload.DisputeOpened;
import ng.korrect.catalog.payload.DisputeResolved;
import ng.korrect.catalog.payload.EscrowFunded;
import ng.korrect.catalog.payload.EscrowRefunded;
import ng.korrect.catalog.payload.EscrowReleased;
import ng.korrect.catalog.payload.EventPayload;
import ng.korrect.catalog.payload.MessageSent;
import ng.korrect.catalog.payload.NotificationSend;
import ng.korrect.catalog.payload.PaymentFailed;
import ng.korrect.catalog.payload.PaymentReceived;
import ng.korrect.catalog.payload.ReviewCreated;
import ng.korrect.catalog.payload.UserCreated;
import ng.korrect.catalog.payload.UserDeleted;
import ng.korrect.catalog.payload.UserEmailVerified;
import ng.korrect.catalog.payload.UserUpdated;
import ng.korrect.catalog.payload.VerificationApproved;
import ng.korrect.catalog.payload.VerificationRejected;
import ng.korrect.catalog.payload.VerificationSubmitted;

/**
 * The registry of the catalog's event types: for each, its wire name, payload type, producers, the
 * consumers with what they do, and its Redis keys. It is the one place in the codebase that spells
 * an event type name or a stream key.
 */
public enum EventType {

    /** Published when a new user registers. */
    USER_CREATED("user.created", UserCreated.class, "Published when a new user registers.",
            List.of(ServiceName.USERS),
            List.of(reaction(ServiceName.PLATFORM, "Send welcome notification"))),

    /** Published when user profile is updated. */
    USER_UPDATED("user.updated", UserUpdated.class, "Published when user profile is updated.",
            List.of(ServiceName.USERS),
            List.of(reaction(ServiceName.ARTISAN, "Sync profile changes"))),

    /** Published when user permanently deletes their account. */
    USER_DELETED("user.deleted", UserDeleted.class, "Published when user permanently deletes their account.",
            List.of(ServiceName.USERS),
            List.of(reaction(ServiceName.USERS, "Clean up user-related data"),
            reaction(ServiceName.ARTISAN, "Clean up user-related data"),
            reaction(ServiceName.TRANSACTION, "Clean up user-related data"),
            reaction(ServiceName.MESSAGING, "Clean up user-related data"),
            reaction(ServiceName.PLATFORM, "Clean up user-related data"))),

    /** Published when user verifies their email. */
    USER_EMAIL_VERIFIED("user.email_verified", UserEmailVerified.class, "Published when user verifies their email.",
            List.of(ServiceName.USERS),
            List.of(reaction(ServiceName.PLATFORM, "Update verification status notifications"))),

    /** Published when a new booking is created. */
    BOOKING_CREATED("booking.created", BookingCreated.class, "Published when a new booking is created.",
            List.of(ServiceName.TRANSACTION),
            List.of(reaction(ServiceName.PLATFORM, "Send notification to artisan"),
            reaction(ServiceName.ARTISAN, "Update booking count"))),

    /** Published when booking is confirmed/completed. */
    BOOKING_CONFIRMED("booking.confirmed", BookingConfirmed.class, "Published when booking is confirmed/completed.",
            List.of(ServiceName.TRANSACTION),
            List.of(reaction(ServiceName.ARTISAN, "Update trust score, completion rate"),
            reaction(ServiceName.PLATFORM, "Send completion notifications"))),

    /** Published when booking is cancelled. */
    BOOKING_CANCELLED("booking.cancelled", BookingCancelled.class, "Published when booking is cancelled.",
            List.of(ServiceName.TRANSACTION),
            List.of(reaction(ServiceName.ARTISAN, "Update cancellation rate"),
            reaction(ServiceName.PLATFORM, "Send cancellation notifications"))),

    /** Published when a customer submits a review. */
    REVIEW_CREATED("review.created", ReviewCreated.class, "Published when a customer submits a review.",
            List.of(ServiceName.ARTISAN),
            List.of(reaction(ServiceName.ARTISAN, "Recalculate average rating"),
            reaction(ServiceName.PLATFORM, "Notify artisan"))),

    /** Published when payment is successfully processed. */
    PAYMENT_RECEIVED("payment.received", PaymentReceived.class, "Published when payment is successfully processed.",
            List.of(ServiceName.TRANSACTION),
            List.of(reaction(ServiceName.PLATFORM, "Send payment confirmation"))),

    /** Published when payment fails. */
    PAYMENT_FAILED("payment.failed", PaymentFailed.class, "Published when payment fails.",
            List.of(ServiceName.TRANSACTION),
            List.of(reaction(ServiceName.PLATFORM, "Send payment failure notification"))),

    /** Published when escrow is fully funded. */
    ESCROW_FUNDED("escrow.funded", EscrowFunded.class, "Published when escrow is fully funded.",
            List.of(ServiceName.TRANSACTION),
            List.of(reaction(ServiceName.PLATFORM, "Notify both parties"))),

    /** Published when funds are released from escrow. */
    ESCROW_RELEASED("escrow.released", EscrowReleased.class, "Published when funds are released from escrow.",
            List.of(ServiceName.TRANSACTION),
            List.of(reaction(ServiceName.PLATFORM, "Notify artisan of payment"))),

    /** Published when escrow funds are refunded. */
    ESCROW_REFUNDED("escrow.refunded", EscrowRefunded.class, "Published when escrow funds are refunded.",
            List.of(ServiceName.TRANSACTION),
            List.of(reaction(ServiceName.PLATFORM, "Notify customer of refund"))),

    /** Published when a dispute is opened. */
    DISPUTE_OPENED("dispute.opened", DisputeOpened.class, "Published when a dispute is opened.",
            List.of(ServiceName.TRANSACTION),
            List.of(reaction(ServiceName.PLATFORM, "Alert admin, notify artisan"))),

    /** Published when a dispute is resolved. */
    DISPUTE_RESOLVED("dispute.resolved", DisputeResolved.class, "Published when a dispute is resolved.",
            List.of(ServiceName.TRANSACTION),
            List.of(reaction(ServiceName.PLATFORM, "Notify both parties of resolution"))),

    /** Published when dispute is auto-escalated. */
    DISPUTE_ESCALATED("dispute.escalated", DisputeEscalated.class, "Published when dispute is auto-escalated.",
            List.of(ServiceName.TRANSACTION),
            List.of(reaction(ServiceName.PLATFORM, "Urgent admin alert"))),

    /** Published when artisan submits verification application. */
    VERIFICATION_SUBMITTED("verification.submitted", VerificationSubmitted.class, "Published when artisan submits verification application.",
            List.of(ServiceName.ARTISAN),
            List.of(reaction(ServiceName.PLATFORM, "Notify admin"))),

    /** Published when verification is approved. */
    VERIFICATION_APPROVED("verification.approved", VerificationApproved.class, "Published when verification is approved.",
            List.of(ServiceName.ARTISAN),
            List.of(reaction(ServiceName.PLATFORM, "Send congratulations notification"))),

    /** Published when verification is rejected. */
    VERIFICATION_REJECTED("verification.rejected", VerificationRejected.class, "Published when verification is rejected.",
            List.of(ServiceName.ARTISAN),
            List.of(reaction(ServiceName.PLATFORM, "Send rejection notification with reason"))),

    /** Published when a message is sent. */
    MESSAGE_SENT("message.sent", MessageSent.class, "Published when a message is sent.",
            List.of(ServiceName.MESSAGING),
            List.of(reaction(ServiceName.PLATFORM, "Send push notification to recipient"))),

    /** Internal event to trigger notification delivery. */
    NOTIFICATION_SEND("notification.send", NotificationSend.class, "Internal event to trigger notification delivery.",
            List.of(ServiceName.USERS, ServiceName.ARTISAN, ServiceName.TRANSACTION, ServiceName.MESSAGING, ServiceName.PLATFORM),
            List.of(reaction(ServiceName.PLATFORM, "Deliver notification via appropriate channel")));

    private static final String STREAM_PREFIX = "korrect:events:";
    private static final String DEAD_LETTER_PREFIX = "korrect:dlq:";
    private static final Map<String, EventType> BY_WIRE_NAME = new HashMap<>();

    static {
        for (EventType type : values()) {
            BY_WIRE_NAME.put(type.wireName, type);
        }
    }

    private final String wireName;
    private final Class<? extends EventPayload> payloadType;
    private final String summary;
    private final List<ServiceName> producers;
    private final List<Reaction> consumers;

    EventType(String wireName, Class<? extends EventPayload> payloadType, String summary,
              List<ServiceName> producers, List<Reaction> consumers) {
        this.wireName = wireName;
        this.payloadType = payloadType;
        this.summary = summary;
        this.producers = producers;
        this.consumers = consumers;
    }

    private static Reaction reaction(ServiceName service, String purpose) {
        return new Reaction(service, purpose);
    }

    /** The name on the wire, e.g. {@code booking.created}. */
    public String wireName() {
        return wireName;
    }

    /** The record that carries this type's payload. */
    public Class<? extends EventPayload> payloadType() {
        return payloadType;
    }

    /** When the event is published, as the catalog says. */
    public String summary() {
        return summary;
    }

    /** The services that publish it: one, or all five for {@code notification.send}. */
    public List<ServiceName> producers() {
        return producers;
    }

    /** Whether any service may publish it. */
    public boolean producedByAnyService() {
        return producers.size() == ServiceName.values().length;
    }

    /** The payload's fields in catalog order, with their kinds and rules. */
    public List<PayloadField> fields() {
        return PayloadModel.of(this).fields();
    }

    /** The consumer groups that read it, each with what it does. */
    public List<Reaction> consumers() {
        return consumers;
    }

    /** The stream holding events of this type: {@code korrect:events:{type}}. */
    public String streamKey() {
        return STREAM_PREFIX + wireName;
    }

    /** The stream holding this type's dead letters: {@code korrect:dlq:{type}}. */
    public String deadLetterKey() {
        return DEAD_LETTER_PREFIX + wireName;
    }

    /** The type of that wire name, if the catalog has it. */
    public static Optional<EventType> fromWireName(String wireName) {
        return Optional.ofNullable(BY_WIRE_NAME.get(wireName));
    }

    /** The type whose payload record is that class. */
    public static EventType of(Class<? extends EventPayload> payloadType) {
        for (EventType type : values()) {
            if (type.payloadType == payloadType) {
                return type;
            }
        }
        throw new IllegalArgumentException(payloadType + " is not a payload of the catalog");
    }

    /** The type whose stream has that key, if the key is a catalog stream. */
    public static Optional<EventType> fromStreamKey(String streamKey) {
        return streamKey.startsWith(STREAM_PREFIX)
                ? fromWireName(streamKey.substring(STREAM_PREFIX.length()))
                : Optional.empty();
    }

    /** The wire name. */
    @Override
    public String toString() {
        return wireName;
    }
}
