package ng.korrect.transaction;

import java.net.URI;
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
 * @param artisanUrl the artisan service, which bookings' profiles are checked with ({@value #ARTISAN_URL};
 *                   default {@value #DEFAULT_ARTISAN_URL})
 * @param artisanTimeout how long one call to the artisan service may take ({@value #ARTISAN_TIMEOUT_MS},
 *                       milliseconds, 1 to 60000; default 2000)
 */
public record TransactionSettings(Duration escalationAfter, Duration escalationInterval, String webhookSecret,
                                  boolean webhookSecretGenerated, URI artisanUrl, Duration artisanTimeout) {

    /** The variable of {@link #artisanUrl()}. */
    public static final String ARTISAN_URL = "KORRECT_ARTISAN_URL";
    /** The variable of {@link #artisanTimeout()}. */
    public static final String ARTISAN_TIMEOUT_MS = "TRANSACTION_ARTISAN_TIMEOUT_MS";
    /** Where the artisan service runs by default. */
    public static final String DEFAULT_ARTISAN_URL = "http://localhost:3002";

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
        URI artisanUrl = env.httpUrl(ARTISAN_URL).orElse(URI.create(DEFAULT_ARTISAN_URL));
        int artisanTimeoutMs = env.integer(ARTISAN_TIMEOUT_MS, 2_000, 1, 60_000);
        return new TransactionSettings(Duration.ofDays(days), Duration.ofSeconds(interval),
                secret.orElseGet(TransactionSettings::randomSecret), secret.isEmpty(), artisanUrl,
                Duration.ofMillis(artisanTimeoutMs));
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public String toString() {
        return "TransactionSettings[escalationAfter=" + escalationAfter + ", escalationInterval=" + escalationInterval
                + ", webhookSecretGenerated=" + webhookSecretGenerated + ", artisanUrl=" + artisanUrl
                + ", artisanTimeout=" + artisanTimeout + "]";
    }
}
