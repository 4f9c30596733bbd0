package ng.korrect.transaction;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import ng.korrect.service.Environment;

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
    public static TransactionSettings fromMap(Map<String, String> variables) {
        Environment env = Environment.of(variables);
        // 0 days escalates every open dispute at the job's next run: for demonstrations (korrect demo)
        int days = env.integer("KORRECT_DISPUTE_ESCALATION_DAYS", DEFAULT_ESCALATION_DAYS, 0, Integer.MAX_VALUE);
        int interval = env.integer("KORRECT_DISPUTE_ESCALATION_INTERVAL_SECONDS", DEFAULT_ESCALATION_INTERVAL_SECONDS,
                1, Integer.MAX_VALUE);
        Optional<String> secret = env.text("PAYMENT_WEBHOOK_SECRET");
        return new TransactionSettings(Duration.ofDays(days), Duration.ofSeconds(interval),
                secret.orElseGet(TransactionSettings::randomSecret), secret.isEmpty());
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
