package ng.korrect.service.provider;

import ng.korrect.service.KitException;

/** A provider refused a message or could not be reached; the message may be sent again later. */
public final class ProviderFailedException extends KitException {

    private static final long serialVersionUID = 1L;

    private final String summary;

    /** The failure, described. */
    public ProviderFailedException(String message) {
        super(message);
        this.summary = message;
    }

    /** The failure, described, with its cause. */
    public ProviderFailedException(String message, Throwable cause) {
        super(message, cause);
        this.summary = message;
    }

    /** A refusal: its summary (e.g. the status), and the text the provider answered, which the message adds. */
    ProviderFailedException(String summary, String providerText) {
        super(providerText.isEmpty() ? summary : summary + ": " + providerText);
        this.summary = summary;
    }

    /**
     * The failure without the text the provider answered, for callers whose message may be echoed back in that
     * text (a mail carrying a secret) and must not reach a log.
     */
    public String summary() {
        return summary;
    }
}
