package ng.korrect.platform.delivery;

import ng.korrect.platform.PlatformException;

/** A channel could not deliver a message; the message says why, and is kept as the delivery's last error. */
public final class DeliveryFailedException extends PlatformException {

    private static final long serialVersionUID = 1L;

    /** For that reason. */
    public DeliveryFailedException(String reason) {
        super(reason);
    }

    /** For that reason and cause. */
    public DeliveryFailedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
