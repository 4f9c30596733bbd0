package ng.korrect.catalog.payload;

/** The role of a user: {@code customer}, {@code artisan} or {@code admin}. */
public enum Role implements WireValue {
    /** {@code "customer"}. */
    CUSTOMER("customer"),
    /** {@code "artisan"}. */
    ARTISAN("artisan"),
    /** {@code "admin"}. */
    ADMIN("admin");

    private final String wireName;

    Role(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
