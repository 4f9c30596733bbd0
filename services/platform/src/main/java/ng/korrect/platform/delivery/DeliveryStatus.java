package ng.korrect.platform.delivery;

import ng.korrect.catalog.payload.WireValue;

/** Where a delivery stands: waiting for an attempt, handed to the provider, or given up. */
public enum DeliveryStatus implements WireValue {
    /** Not yet delivered; an attempt is due at its next attempt time. */
    PENDING("pending"),
    /** The provider accepted it. */
    DELIVERED("delivered"),
    /** Every attempt failed, or it could not be addressed; the last error says why. */
    FAILED("failed");

    private final String wireName;

    DeliveryStatus(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    /** The status of that wire name. */
    public static DeliveryStatus of(String wireName) {
        for (DeliveryStatus status : values()) {
            if (status.wireName.equals(wireName)) {
                return status;
            }
        }
        throw new IllegalArgumentException("no delivery status " + wireName);
    }
}
