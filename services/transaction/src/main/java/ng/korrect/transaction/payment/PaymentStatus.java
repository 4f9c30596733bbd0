package ng.korrect.transaction.payment;

import java.util.Arrays;

/**
 * Where a payment stands: pending until the provider answers, then received or failed; a received payment
 * of a booking becomes refunded, once, when the booking is cancelled.
 */
public enum PaymentStatus {
    /** Charged, the provider's answer awaited. */
    PENDING("pending"),
    /** The money was taken. */
    RECEIVED("received"),
    /** The charge failed. */
    FAILED("failed"),
    /** The money was taken, then given back through the gateway. */
    REFUNDED("refunded");

    private final String wireName;

    PaymentStatus(String wireName) {
        this.wireName = wireName;
    }

    /** The name in the database and the API. */
    public String wireName() {
        return wireName;
    }

    /** The status of that name. */
    public static PaymentStatus fromWire(String name) {
        return Arrays.stream(values()).filter(status -> status.wireName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no payment status " + name));
    }
}
