package ng.korrect.users.mail;

/** A mail could not be handed over; it stays queued and is tried again. */
public final class MailNotSentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The failure, described (never with the mail's text). */
    public MailNotSentException(String message, Throwable cause) {
        super(message, cause);
    }
}
