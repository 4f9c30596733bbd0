package ng.korrect.messaging;

import java.util.Map;
import ng.korrect.service.ConfigException;
import ng.korrect.service.Environment;

/**
 * The messaging service's own settings, beside the kit's {@link ng.korrect.service.ServiceConfig}.
 * Every setting has a default; a bad value fails at once with a {@link ConfigException} naming its
 * environment variable.
 *
 * @param maxBodyLength the most characters a message body may have
 *                      ({@value #MAX_BODY_LENGTH_VARIABLE}; default {@value #DEFAULT_MAX_BODY_LENGTH})
 */
public record MessagingSettings(int maxBodyLength) {

    /** The variable of {@link #maxBodyLength()}. */
    public static final String MAX_BODY_LENGTH_VARIABLE = "MESSAGING_MAX_BODY_LENGTH";
    /** The default body limit: a long message, far from a document. */
    public static final int DEFAULT_MAX_BODY_LENGTH = 4000;
    /** The largest body limit that may be configured. */
    public static final int LARGEST_MAX_BODY_LENGTH = 100_000;
    /** The defaults. */
    public static final MessagingSettings DEFAULTS = new MessagingSettings(DEFAULT_MAX_BODY_LENGTH);

    /** Rejects values out of range. */
    public MessagingSettings {
        if (maxBodyLength < 1 || maxBodyLength > LARGEST_MAX_BODY_LENGTH) {
            throw new ConfigException(MAX_BODY_LENGTH_VARIABLE,
                    "must be between 1 and " + LARGEST_MAX_BODY_LENGTH + ", was " + maxBodyLength);
        }
    }

    /** The settings of the process's environment. */
    public static MessagingSettings fromEnvironment() {
        return fromMap(System.getenv());
    }

    /** The settings of that map of variables; blank values count as unset. */
    public static MessagingSettings fromMap(Map<String, String> env) {
        return new MessagingSettings(Environment.of(env).integer(MAX_BODY_LENGTH_VARIABLE, DEFAULT_MAX_BODY_LENGTH,
                1, LARGEST_MAX_BODY_LENGTH));
    }
}
