package ng.korrect.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import ng.korrect.catalog.json.JsonArray;
import ng.korrect.catalog.json.JsonNull;
import ng.korrect.catalog.json.JsonObject;
import ng.korrect.catalog.json.JsonValue;
import ng.korrect.catalog.payload.BookingCancelled;
import ng.korrect.catalog.payload.BookingConfirmed;
import ng.korrect.catalog.payload.BookingCreated;
import ng.korrect.catalog.payload.CancelledBy;
import ng.korrect.catalog.payload.DisputeEscalated;
import ng.korrect.catalog.payload.DisputeOpened;
import ng.korrect.catalog.payload.DisputeResolved;
import ng.korrect.catalog.payload.EscrowFunded;
import ng.korrect.catalog.payload.EscrowRefunded;
import ng.korrect.catalog.payload.EscrowReleased;
import ng.korrect.catalog.payload.EventPayload;
import ng.korrect.catalog.payload.MessageSent;
import ng.korrect.catalog.payload.NotificationSend;
import ng.korrect.catalog.payload.NotificationType;
import ng.korrect.catalog.payload.PaymentFailed;
import ng.korrect.catalog.payload.PaymentReceived;
import ng.korrect.catalog.payload.ReviewCreated;
import ng.korrect.catalog.payload.Role;
import ng.korrect.catalog.payload.UserCreated;
import ng.korrect.catalog.payload.UserDeleted;
import ng.korrect.catalog.payload.UserEmailVerified;
import ng.korrect.catalog.payload.UserUpdated;
import ng.korrect.catalog.payload.VerificationApproved;
import ng.korrect.catalog.payload.VerificationRejected;
import ng.korrect.catalog.payload.VerificationSubmitted;

/**
 * Valid events of every type for the codec tests. The switch is exhaustive, so a new event type does
 * not compile until it has a sample here.
 */
public final class CatalogSamples {

    /** The instant of every sample event: 2026-11-26T19:22:40.123Z. */
    public static final Instant TIMESTAMP = Instant.parse("2026-11-26T19:22:40.123Z");

    private CatalogSamples() {
    }

    /** A payload of that type with every field set, optional ones included. */
    public static EventPayload fullPayload(EventType type) {
        return switch (type) {
            case USER_CREATED -> new UserCreated(id("user"), "ada@korrect.ng", "Ada", "Obi", Role.ARTISAN);
            case USER_UPDATED -> new UserUpdated(id("user"), List.of("firstName", "phone"));
            case USER_DELETED -> new UserDeleted(id("user"), "gone@korrect.ng");
            case USER_EMAIL_VERIFIED -> new UserEmailVerified(id("user"), "ada@korrect.ng");
            case BOOKING_CREATED -> new BookingCreated(id("booking"), id("customer"), id("artisan"), id("profile"),
                    "plumbing", "pending");
            case BOOKING_CONFIRMED -> new BookingConfirmed(id("booking"), id("customer"), id("artisan"),
                    new BigDecimal("15000.50"));
            case BOOKING_CANCELLED -> new BookingCancelled(id("booking"), id("customer"), id("artisan"),
                    CancelledBy.ARTISAN, Optional.of("fell ill"));
            case REVIEW_CREATED -> new ReviewCreated(id("review"), id("profile"), id("customer"), 4, "Tidy work");
            case PAYMENT_RECEIVED -> new PaymentReceived(id("payment"), id("booking"), id("customer"),
                    new BigDecimal("0.1"), "PSK_0001");
            case PAYMENT_FAILED -> new PaymentFailed(id("booking"), id("customer"), new BigDecimal("2500"),
                    "card_declined");
            case ESCROW_FUNDED -> new EscrowFunded(id("escrow"), id("contract"), id("customer"), id("artisan"),
                    new BigDecimal("250000"));
            case ESCROW_RELEASED -> new EscrowReleased(id("escrow"), id("contract"), 2, new BigDecimal("99999.99"),
                    id("artisan"));
            case ESCROW_REFUNDED -> new EscrowRefunded(id("escrow"), id("contract"), id("customer"),
                    new BigDecimal("0"), "no-show");
            case DISPUTE_OPENED -> new DisputeOpened(id("dispute"), id("contract"), id("escrow"), id("customer"),
                    id("artisan"), "quality", "Leaking pipe");
            case DISPUTE_RESOLVED -> new DisputeResolved(id("dispute"), id("contract"), "split",
                    Optional.of(new BigDecimal("5000")), Optional.of(new BigDecimal("10000.5")));
            case DISPUTE_ESCALATED -> new DisputeEscalated(id("dispute"), "open too long", 7);
            case VERIFICATION_SUBMITTED -> new VerificationSubmitted(id("application"), id("profile"), id("user"));
            case VERIFICATION_APPROVED -> new VerificationApproved(id("application"), id("profile"), id("user"));
            case VERIFICATION_REJECTED -> new VerificationRejected(id("application"), id("profile"), id("user"),
                    "ID photo unreadable");
            case MESSAGE_SENT -> new MessageSent(id("message"), id("conversation"), id("sender"), id("recipient"));
            case NOTIFICATION_SEND -> new NotificationSend(id("user"), NotificationType.SMS, "Booked", "See you at 9",
                    Optional.of(object("bookingId", JsonValue.of(id("booking")), "amount", JsonValue.of(15000.5))));
        };
    }

    /** A valid event of that type, published by its first producer, with correlation id and metadata. */
    public static Event<EventPayload> fullEvent(EventType type) {
        return new Event<>(UUID.fromString("0b5e1f2a-7c3d-4e5f-8a9b-0c1d2e3f4a5b"), fullPayload(type), TIMESTAMP,
                type.producers().get(0).wireName(), Optional.of("req-42"),
                Optional.of(object("attempt", JsonValue.of(1), "tags",
                        new JsonArray(List.of(JsonValue.of("a"), JsonNull.INSTANCE)))));
    }

    /** A valid event of that type without correlation id and metadata. */
    public static Event<EventPayload> plainEvent(EventType type) {
        return new Event<>(UUID.fromString("1c6f2a3b-8d4e-4f60-9bac-1d2e3f4a5b6c"), fullPayload(type), TIMESTAMP,
                type.producers().get(0).wireName(), Optional.empty(), Optional.empty());
    }

    /** An object of alternating names and values, in that order. */
    public static JsonObject object(Object... namesAndValues) {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            members.put((String) namesAndValues[i], (JsonValue) namesAndValues[i + 1]);
        }
        return JsonObject.of(members);
    }

    private static String id(String kind) {
        return kind + "-0001";
    }
}
