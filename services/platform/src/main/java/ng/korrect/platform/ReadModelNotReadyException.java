package ng.korrect.platform;

/**
 * A reaction needs a fact that the platform's read models do not hold yet (the parties of a dispute
 * whose {@code dispute.opened} has not arrived, the owner of a profile, the admins). Thrown from a
 * handler, it rolls the handler's writes back and fails the delivery, so that the bus delivers the
 * event again after its backoff, by when the missing event has usually arrived.
 */
public final class ReadModelNotReadyException extends PlatformException {

    private static final long serialVersionUID = 1L;

    /** That fact is missing; the message says which and from which event it comes. */
    public ReadModelNotReadyException(String message) {
        super(message);
    }
}
