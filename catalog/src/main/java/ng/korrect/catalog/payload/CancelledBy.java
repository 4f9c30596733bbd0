package ng.korrect.catalog.payload;

/** Who cancelled a booking: {@code customer} or {@code artisan}. */
public enum CancelledBy implements WireValue {
    /** {@code "customer"}. */
    CUSTOMER("customer"),
    /** {@code "artisan"}. */
    ARTISAN("artisan");

    private final String wireName;

    CancelledBy(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
