package ng.korrect.bus;

/**
 * An event could not be put on its stream: Redis was unreachable, did not answer within the
 * publish timeout, or refused the command. Nothing was published, or, after a timeout, it is unknown
 * whether it was; publishing again may then publish twice, which idempotent consumers absorb.
 */
public class PublishFailedException extends BusException {

    private static final long serialVersionUID = 1L;

    /** An exception with a message and a cause. */
    public PublishFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
