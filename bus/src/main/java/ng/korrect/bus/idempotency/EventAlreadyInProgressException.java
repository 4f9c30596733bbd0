package ng.korrect.bus.idempotency;

import java.util.UUID;
import ng.korrect.bus.BusException;

/**
 * Another delivery of the same event is being handled right now (by another consumer that claimed it,
 * say). The delivery fails and is retried later, by when the other one has finished or its lease ran out.
 */
public final class EventAlreadyInProgressException extends BusException {

    private static final long serialVersionUID = 1L;

    /** For that group and event. */
    public EventAlreadyInProgressException(String group, UUID eventId) {
        super("event " + eventId + " is being handled by another delivery in group " + group, null);
    }
}
