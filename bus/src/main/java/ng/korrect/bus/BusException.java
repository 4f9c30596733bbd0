package ng.korrect.bus;

/** The root of the exceptions the bus throws. */
public class BusException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An exception with a message and a cause. */
    public BusException(String message, Throwable cause) {
        super(message, cause);
    }
}
