package ng.korrect.service.peer;

import ng.korrect.bus.PermanentFailureException;

/**
 * Another Korrect service refused the request itself, with a 4xx other than 404 (gone), 408 or 429 (try later):
 * an id it will never accept, or a token it will never take from this service (the services disagree on
 * {@code JWT_SECRET}). Asking again sends the same request, so the client does not retry it, and an event handler
 * that lets it through has its delivery dead-lettered at once, to be replayed once the cause is put right.
 */
public final class PeerRefusedException extends PermanentFailureException {

    private static final long serialVersionUID = 1L;

    private final String peer;
    private final int status;

    /** That peer's refusal of the request for that path, with that status. */
    public PeerRefusedException(String peer, String path, int status) {
        super("the " + peer + " service refused GET " + path + ": it answered " + status);
        this.peer = peer;
        this.status = status;
    }

    /** The name of the service that refused, e.g. {@code users}. */
    public String peer() {
        return peer;
    }

    /** The status it answered. */
    public int status() {
        return status;
    }
}
