package ng.korrect.artisan.verification;

import com.fasterxml.jackson.annotation.JsonValue;
import ng.korrect.catalog.payload.WireValue;

/** Where an application stands: pending until an admin decides, then approved or rejected for good. */
public enum ApplicationStatus implements WireValue {
    /** Waits for an admin. */
    PENDING("pending"),
    /** An admin approved it. */
    APPROVED("approved"),
    /** An admin rejected it, with a reason. */
    REJECTED("rejected");

    private final String wireName;

    ApplicationStatus(String wireName) {
        this.wireName = wireName;
    }

    /** The wire name, also in JSON answers. */
    @JsonValue
    @Override
    public String wireName() {
        return wireName;
    }

    /** Whether an admin may move an application from this status to that one. */
    public boolean canBecome(ApplicationStatus next) {
        return this == PENDING && next != PENDING;
    }

    /** The status of that wire name. */
    public static ApplicationStatus of(String wireName) {
        for (ApplicationStatus status : values()) {
            if (status.wireName.equals(wireName)) {
                return status;
            }
        }
        throw new IllegalArgumentException("no application status " + wireName);
    }
}
