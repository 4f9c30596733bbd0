package ng.korrect.transaction;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import ng.korrect.service.ConfigException;

/**
 * The transaction service's own settings, read from environment variables with working defaults.
 *
 * @param escalationAfter how long a dispute may stay unresolved before it is escalated
 *                        ({@code KORRECT_DISPUTE_ESCALATION_DAYS}, whole days, default 7)
 * @param escalationInterval how often the escalation job runs
 *                           ({@code KORRECT_DISPUTE_ESCALATION_INTERVAL_SECONDS}, default 60)
 * @param webhookSecret the shared secret of payment webhooks ({@code PAYMENT_WEBHOOK_SECRET}; default: generated)
 * @param webhookSecretGenerated whether the secret was generated because the variable was unset
 */
public record TransactionSettings(Duration escalationAfter, Duration escalationInterval, String webhookSecret,
                                  boolean webhookSecretGenerated) {

    /** The default number of days before an unresolved dispute is escalated. */
    public static final int DEFAULT_ESCALATION_DAYS = 7;
    /** The default period of the escalation job, in seconds. */
    public static final int DEFAULT_ESCALATION_INTERVAL_SECONDS = 60;

    /** The settings of the process's environment. */
    public static TransactionSettings fromEnvironment() {
        return fromMap(System.getenv());
    }

    /** The settings of that map of variables; blank values count as unset. */
    public static TransactionSettings fromMap(Map<String, String> env) {
        // 0 days escalates every open dispute at the job's next run: for demonstrations (korrect demo)
        int days = wholeNumber(env, "KORRECT_DISPUTE_ESCALATION_DAYS", DEFAULT_ESCALATION_DAYS, 0);
        int interval = wholeNumber(env, "KORRECT_DISPUTE_ESCALATION_INTERVAL_SECONDS", DEFAULT_ESCALATION_INTERVAL_SECONDS, 1);
        Optional<String> secret = value(env, "PAYMENT_WEBHOOK_SECRET");
        return new TransactionSettings(Duration.ofDays(days), Duration.ofSeconds(interval),
                secret.orElseGet(TransactionSettings::randomSecret), secret.isEmpty());
    }

    private static int wholeNumber(Map<String, String> env, String variable, int fallback, int least) {
        Optional<String> text = value(env, variable);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(text.get());
            if (parsed >= least) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigException(variable, "must be a whole number of at least " + least + ", was \"" + text.get() + "\"");
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(text -> !text.isEmpty());
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public String toString() {
        return "TransactionSettings[escalationAfter=" + escalationAfter + ", escalationInterval=" + escalationInterval
                + ", webhookSecretGenerated=" + webhookSecretGenerated + "]";
    }
}
