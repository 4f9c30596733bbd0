package ng.korrect.artisan.account;

/**
 * The Users service did not answer usefully within the tries allowed; thrown from a handler so that
 * the bus delivers the event again later rather than dropping it.
 */
public final class UsersUnavailableException extends RuntimeException {

    /** With the reason. */
    public UsersUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
