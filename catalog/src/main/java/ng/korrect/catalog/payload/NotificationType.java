package ng.korrect.catalog.payload;

/** The channel a notification is delivered through: {@code push}, {@code sms} or {@code email}. */
public enum NotificationType implements WireValue {
    /** {@code "push"}. */
    PUSH("push"),
    /** {@code "sms"}. */
    SMS("sms"),
    /** {@code "email"}. */
    EMAIL("email");

    private final String wireName;

    NotificationType(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
