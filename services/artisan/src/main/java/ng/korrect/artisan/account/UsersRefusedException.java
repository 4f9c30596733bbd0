package ng.korrect.artisan.account;

import ng.korrect.bus.PermanentFailureException;

/**
 * The Users service refused the request itself, with a 4xx other than 404 (gone), 408 or 429 (try later): a
 * user id it will never accept, or a token it will never take from this service (the services disagree on
 * {@code JWT_SECRET}). Asking again sends the same request, so the delivery fails permanently and goes to the
 * dead letters at once, to be replayed once the cause is put right.
 */
public final class UsersRefusedException extends PermanentFailureException {

    private static final long serialVersionUID = 1L;

    /** With the reason. */
    public UsersRefusedException(String message) {
        super(message);
    }
}
