package ng.korrect.platform;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import ng.korrect.catalog.payload.NotificationType;
import ng.korrect.platform.delivery.DeliveryBackoff;
import ng.korrect.service.provider.ProviderEndpoint;
import ng.korrect.service.ConfigException;
import ng.korrect.service.Environment;

/**
 * The platform's own settings, read from environment variables with working defaults; a bad value is
 * refused with a {@link ConfigException} naming the variable. Immutable.
 *
 * @param usersUrl the Users service, whose account API refreshes the users read model
 *                 ({@code KORRECT_USERS_URL}; default {@code http://127.0.0.1:3001})
 * @param push the push provider ({@code KORRECT_PUSH_URL}, {@code KORRECT_PUSH_KEY}); empty: recorded in the database
 * @param sms the SMS provider ({@code KORRECT_SMS_URL}, {@code KORRECT_SMS_KEY}); empty: recorded in the database
 * @param email the email provider ({@code KORRECT_EMAIL_URL}, {@code KORRECT_EMAIL_KEY}); empty: recorded in the database
 * @param backoff when failed deliveries are tried again ({@code KORRECT_DELIVERY_MAX_ATTEMPTS}, default 5;
 *                {@code KORRECT_DELIVERY_BACKOFF_MS}, default 30000, doubling up to {@code KORRECT_DELIVERY_MAX_BACKOFF_MS}, default 3600000)
 * @param pollInterval how often the delivery worker looks for due deliveries ({@code KORRECT_DELIVERY_POLL_MS}; default 1000)
 * @param providerTimeout how long one call to a provider or to the Users service may take
 *                        ({@code KORRECT_PROVIDER_TIMEOUT_MS}; default 5000)
 */
public record PlatformSettings(URI usersUrl, Optional<ProviderEndpoint> push, Optional<ProviderEndpoint> sms,
                               Optional<ProviderEndpoint> email, DeliveryBackoff backoff, Duration pollInterval,
                               Duration providerTimeout) {

    /** Rejects nulls. */
    public PlatformSettings {
        Objects.requireNonNull(usersUrl, "usersUrl");
        Objects.requireNonNull(push, "push");
        Objects.requireNonNull(sms, "sms");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(providerTimeout, "providerTimeout");
    }

    /** The settings of the process's environment. */
    public static PlatformSettings fromEnvironment() {
        return fromMap(System.getenv());
    }

    /** The settings of that map of variables; blank values count as unset. */
    public static PlatformSettings fromMap(Map<String, String> variables) {
        Environment env = Environment.of(variables);
        URI usersUrl = env.httpUrl("KORRECT_USERS_URL").orElse(URI.create("http://127.0.0.1:3001"));
        DeliveryBackoff backoff = new DeliveryBackoff(
                env.integer("KORRECT_DELIVERY_MAX_ATTEMPTS", 5, 1, 100),
                Duration.ofMillis(env.number("KORRECT_DELIVERY_BACKOFF_MS", 30_000, 1, 86_400_000)),
                Duration.ofMillis(env.number("KORRECT_DELIVERY_MAX_BACKOFF_MS", 3_600_000, 1, 604_800_000)));
        return new PlatformSettings(usersUrl, provider(env, NotificationType.PUSH), provider(env, NotificationType.SMS),
                provider(env, NotificationType.EMAIL), backoff,
                Duration.ofMillis(env.number("KORRECT_DELIVERY_POLL_MS", 1_000, 10, 3_600_000)),
                Duration.ofMillis(env.number("KORRECT_PROVIDER_TIMEOUT_MS", 5_000, 100, 600_000)));
    }

    /** The provider of that channel, if one is configured. */
    public Optional<ProviderEndpoint> provider(NotificationType channel) {
        return switch (channel) {
            case PUSH -> push;
            case SMS -> sms;
            case EMAIL -> email;
        };
    }

    private static Optional<ProviderEndpoint> provider(Environment env, NotificationType channel) {
        return ProviderEndpoint.fromEnvironment(env, "KORRECT_" + channel.name() + "_");
    }
}
