package ng.korrect.platform;

/** The root of the platform service's own exceptions. */
public class PlatformException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** With that message. */
    public PlatformException(String message) {
        super(message);
    }

    /** With that message and cause. */
    public PlatformException(String message, Throwable cause) {
        super(message, cause);
    }
}
