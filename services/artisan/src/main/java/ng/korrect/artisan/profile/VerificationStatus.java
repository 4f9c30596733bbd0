package ng.korrect.artisan.profile;

import ng.korrect.catalog.payload.WireValue;

/** Where a profile stands in verification; it follows the profile's latest application. */
public enum VerificationStatus implements WireValue {
    /** No application yet. */
    UNVERIFIED("unverified"),
    /** An application waits for an admin. */
    PENDING("pending"),
    /** An admin approved the latest application. */
    VERIFIED("verified"),
    /** An admin rejected the latest application; the artisan may apply again. */
    REJECTED("rejected");

    private final String wireName;

    VerificationStatus(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    /** Whether the artisan may submit a new application now. */
    public boolean acceptsApplication() {
        return this == UNVERIFIED || this == REJECTED;
    }

    /** The status of that wire name. */
    public static VerificationStatus of(String wireName) {
        for (VerificationStatus status : values()) {
            if (status.wireName.equals(wireName)) {
                return status;
            }
        }
        throw new IllegalArgumentException("no verification status " + wireName);
    }
}
