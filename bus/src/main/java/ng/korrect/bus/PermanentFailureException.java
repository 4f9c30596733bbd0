package ng.korrect.bus;

/**
 * A handler's failure that no later delivery can cure: the event carries a value the service can never
 * store, names something that can never exist, or asks another service for what it refuses outright.
 * Thrown from an {@link EventHandler}, itself or as the cause of what the handler throws, it sends the
 * entry to the dead letters at once, after this one delivery, its message in the dead letter's
 * {@code error} and {@code permanent} set to {@code true}; the entry is not retried. A group's
 * {@link EventBus.GroupBuilder#retriableWhen retriableWhen} does not overrule it: the handler knows.
 *
 * <p>Throw it only when the same delivery would fail the same way however long one waited. A database,
 * Redis or another service that does not answer, a read model waiting for another stream's event, an
 * outbox envelope not relayed yet: these pass, and are thrown as they are, to be retried.
 *
 * <pre>{@code
 * if (title.length() > MAX_TITLE) {
 *     throw new PermanentFailureException("title has " + title.length() + " characters, the inbox keeps " + MAX_TITLE);
 * }
 * }</pre>
 */
public class PermanentFailureException extends BusException {

    private static final long serialVersionUID = 1L;

    /** For that reason, which the dead letter keeps. */
    public PermanentFailureException(String message) {
        super(message, null);
    }

    /** For that reason and the failure behind it. */
    public PermanentFailureException(String message, Throwable cause) {
        super(message, cause);
    }
}
