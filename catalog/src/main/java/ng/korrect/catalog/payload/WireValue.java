package ng.korrect.catalog.payload;

/** A member of one of the catalog's closed sets, with the exact string the wire carries for it. */
public interface WireValue {
    /** The string written on the wire, as the catalog writes it. */
    String wireName();
}
