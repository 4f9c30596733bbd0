package ng.korrect.catalog;

/** What a payload field holds, with the rules the catalog sets for it. */
public enum FieldKind {
    /** Any string. */
    STRING("string"),
    /** A string that identifies something: not blank. */
    IDENTIFIER("string, not blank"),
    /** An email address. */
    EMAIL("string, an email address"),
    /** A sum of money: a finite number, zero or more. */
    AMOUNT("number, zero or more"),
    /** A whole number, within the field's range. */
    INTEGER("integer"),
    /** Any finite number, within the field's range. */
    NUMBER("number"),
    /** One of a closed set of strings. */
    CHOICE("one of"),
    /** A list of strings. */
    STRING_LIST("string[]"),
    /** A JSON object of any members. */
    OBJECT("object");

    private final String label;

    FieldKind(String label) {
        this.label = label;
    }

    /** A short human description, like {@code "string, not blank"}. */
    public String label() {
        return label;
    }
}
