package ng.korrect.service;

/** The root of the kit's unchecked exceptions. */
public class KitException extends RuntimeException {

    /** With a message. */
    public KitException(String message) {
        super(message);
    }

    /** With a message and a cause. */
    public KitException(String message, Throwable cause) {
        super(message, cause);
    }
}
