package ng.korrect.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import ng.korrect.catalog.payload.NotificationType;
import ng.korrect.service.ConfigException;
import org.junit.jupiter.api.Test;

class PlatformSettingsTest {

    @Test
    void shouldWorkWithNothingSet() {
        PlatformSettings settings = PlatformSettings.fromMap(Map.of());

        assertThat(settings.usersUrl()).isEqualTo(URI.create("http://127.0.0.1:3001"));
        assertThat(settings.provider(NotificationType.PUSH)).isEmpty();
        assertThat(settings.provider(NotificationType.SMS)).isEmpty();
        assertThat(settings.provider(NotificationType.EMAIL)).isEmpty();
        assertThat(settings.backoff().maxAttempts()).isEqualTo(5);
        assertThat(settings.backoff().initialDelay()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.pollInterval()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void shouldReadEachProviderWithItsKey() {
        PlatformSettings settings = PlatformSettings.fromMap(Map.of("KORRECT_SMS_URL", "https://sms.example.ng/send/",
                "KORRECT_SMS_KEY", "secret", "KORRECT_EMAIL_URL", "http://mail.local/v1"));

        assertThat(settings.provider(NotificationType.SMS)).hasValueSatisfying(sms -> {
            assertThat(sms.url()).isEqualTo(URI.create("https://sms.example.ng/send"));
            assertThat(sms.apiKey()).contains("secret");
            assertThat(sms.toString()).doesNotContain("secret");
        });
        assertThat(settings.provider(NotificationType.EMAIL)).hasValueSatisfying(email ->
                assertThat(email.apiKey()).isEqualTo(Optional.empty()));
    }

    @Test
    void shouldRefuseBadValuesNamingTheVariable() {
        assertRefused(Map.of("KORRECT_PUSH_URL", "ftp://push"), "KORRECT_PUSH_URL");
        assertRefused(Map.of("KORRECT_EMAIL_KEY", "key-without-url"), "KORRECT_EMAIL_URL");
        assertRefused(Map.of("KORRECT_DELIVERY_MAX_ATTEMPTS", "0"), "KORRECT_DELIVERY_MAX_ATTEMPTS");
        assertRefused(Map.of("KORRECT_DELIVERY_BACKOFF_MS", "soon"), "KORRECT_DELIVERY_BACKOFF_MS");
        assertRefused(Map.of("KORRECT_USERS_URL", "users:3001"), "KORRECT_USERS_URL");
        assertRefused(Map.of("KORRECT_DELIVERY_POLL_MS", "1"), "KORRECT_DELIVERY_POLL_MS");
    }

    private static void assertRefused(Map<String, String> env, String variable) {
        assertThatThrownBy(() -> PlatformSettings.fromMap(env)).isInstanceOfSatisfying(ConfigException.class,
                e -> assertThat(e.variable()).isEqualTo(variable));
    }
}
