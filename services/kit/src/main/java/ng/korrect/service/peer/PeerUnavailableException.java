package ng.korrect.service.peer;

/**
 * Another Korrect service gave no usable answer within the tries allowed: no connection, a timeout, a status
 * other than 200 or 404, or a body that is not what it serves. A passing failure: a request that needed the
 * answer may be tried again later (the services answer 503), and an event handler that lets it through has its
 * event delivered again by the bus.
 */
public final class PeerUnavailableException extends RuntimeException {

    private final String peer;

    /** That peer's failure, with the reason. */
    public PeerUnavailableException(String peer, String reason, Throwable cause) {
        super("the " + peer + " service " + reason, cause);
        this.peer = peer;
    }

    /** The name of the service that did not answer, e.g. {@code users}. */
    public String peer() {
        return peer;
    }
}
