package ng.korrect.artisan.profile;

/** The owner's names a profile keeps a copy of, by the field names of the Users service. */
public enum OwnerName {
    /** {@code firstName}. */
    FIRST_NAME("firstName", "owner_first_name"),
    /** {@code lastName}. */
    LAST_NAME("lastName", "owner_last_name");

    private final String userField;
    private final String column;

    OwnerName(String userField, String column) {
        this.userField = userField;
        this.column = column;
    }

    /** The field's name in the Users service and in {@code user.updated}'s {@code changes}. */
    public String userField() {
        return userField;
    }

    String column() {
        return column;
    }
}
