package ng.korrect.transaction.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One charge as stored: for a booking, or towards an escrow (then with the escrow's contract).
 *
 * @param id the payment's id
 * @param customerId who pays
 * @param bookingId the booking paid for, or the contract's booking for an escrow payment; may be null
 * @param escrowId the escrow funded, or null
 * @param contractId the escrow's contract, or null
 * @param amount how much, in naira
 * @param status where it stands
 * @param reference the provider's reference, or null before the charge
 * @param failureReason why it failed, or null
 * @param createdAt when it was asked
 */
public record Payment(String id, String customerId, String bookingId, String escrowId, String contractId,
                      BigDecimal amount, PaymentStatus status, String reference, String failureReason, Instant createdAt) {

    /**
     * The booking id that the payment events carry: the booking, else the escrow's contract (the catalog
     * requires a booking id and a contract without booking has none).
     */
    public String eventBookingId() {
        return bookingId != null ? bookingId : contractId;
    }

    /** The payment as the API shows it. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("paymentId", id);
        json.put("customerId", customerId);
        json.put("bookingId", bookingId);
        json.put("escrowId", escrowId);
        json.put("amount", amount);
        json.put("status", status.wireName());
        json.put("reference", reference);
        json.put("failureReason", failureReason);
        json.put("createdAt", createdAt.toString());
        return json;
    }
}
