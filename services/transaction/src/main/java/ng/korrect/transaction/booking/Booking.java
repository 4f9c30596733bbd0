package ng.korrect.transaction.booking;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import ng.korrect.catalog.payload.Role;
import ng.korrect.service.Caller;

/**
 * One booking as stored. Personal text (address, notes, the cancel reason) may be null: absent, or
 * erased when its author deleted their account.
 *
 * @param id the booking's id
 * @param customerId who booked
 * @param artisanId the artisan booked
 * @param artisanProfileId the artisan's profile booked
 * @param service what was booked
 * @param status where it stands
 * @param scheduledFor when the job is planned, or null
 * @param address where the job is, or null
 * @param notes the customer's notes, or null
 * @param quotedPrice the price quoted when booking, or null
 * @param finalPrice the price confirmed, or null until confirmed
 * @param cancelledBy {@code customer} or {@code artisan} once cancelled, else null
 * @param cancelReason why it was cancelled, or null
 * @param createdAt when it was booked
 */
public record Booking(String id, String customerId, String artisanId, String artisanProfileId, String service,
                      BookingStatus status, Instant scheduledFor, String address, String notes, BigDecimal quotedPrice,
                      BigDecimal finalPrice, String cancelledBy, String cancelReason, Instant createdAt) {

    /** Whether the caller is the booking's customer or its artisan. */
    public boolean isParty(Caller caller) {
        return caller.role() == Role.CUSTOMER && caller.userId().equals(customerId)
                || caller.role() == Role.ARTISAN && caller.userId().equals(artisanId);
    }

    /** The booking as the API shows it. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("bookingId", id);
        json.put("customerId", customerId);
        json.put("artisanId", artisanId);
        json.put("artisanProfileId", artisanProfileId);
        json.put("service", service);
        json.put("status", status.wireName());
        json.put("scheduledFor", scheduledFor == null ? null : scheduledFor.toString());
        json.put("address", address);
        json.put("notes", notes);
        json.put("quotedPrice", quotedPrice);
        json.put("finalPrice", finalPrice);
        json.put("cancelledBy", cancelledBy);
        json.put("cancelReason", cancelReason);
        json.put("createdAt", createdAt.toString());
        return json;
    }
}
