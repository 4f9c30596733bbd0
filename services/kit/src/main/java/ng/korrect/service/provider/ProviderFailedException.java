package ng.korrect.service.provider;

import ng.korrect.service.KitException;

/** A provider refused a message or could not be reached; the message may be sent again later. */
public final class ProviderFailedException extends KitException {

    private static final long serialVersionUID = 1L;

    /** The failure, described. */
    public ProviderFailedException(String message) {
        super(message);
    }

    /** The failure, described, with its cause. */
    public ProviderFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
