package ng.korrect.service.jdbc;

import ng.korrect.service.KitException;

/**
 * An envelope that names an erased user waits in the outbox, not sent yet. Thrown from a
 * {@code user.deleted} handler, it rolls the erasure back and lets the bus deliver the deletion again
 * after its backoff, by when the outbox relay has published the envelope and it can be deleted.
 */
public final class EnvelopeNotSentException extends KitException {

    private static final long serialVersionUID = 1L;

    /** About the envelopes whose payload field has that value. */
    public EnvelopeNotSentException(String payloadField, String value) {
        super("an outbox envelope with " + payloadField + " " + value
                + " is not sent yet; its erasure waits until it is");
    }
}
