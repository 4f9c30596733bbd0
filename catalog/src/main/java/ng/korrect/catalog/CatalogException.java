package ng.korrect.catalog;

/** The root of the exceptions this module throws. */
public class CatalogException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An exception with a message. */
    public CatalogException(String message) {
        super(message);
    }
}
