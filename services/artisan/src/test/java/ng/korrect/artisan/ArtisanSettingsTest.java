package ng.korrect.artisan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import ng.korrect.service.ConfigException;
import org.junit.jupiter.api.Test;

class ArtisanSettingsTest {

    @Test
    void shouldWorkWithNothingSet() {
        ArtisanSettings settings = ArtisanSettings.fromMap(Map.of());

        assertThat(settings.usersUrl()).isEqualTo(URI.create("http://localhost:3001"));
        assertThat(settings.usersTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.usersAttempts()).isEqualTo(3);
        assertThat(settings.maxDeliveries()).isEqualTo(12);
    }

    @Test
    void shouldReadEverySettingAndDropATrailingSlash() {
        ArtisanSettings settings = ArtisanSettings.fromMap(Map.of("KORRECT_USERS_URL", "https://users.internal:8443/",
                "ARTISAN_USERS_TIMEOUT_MS", "750", "ARTISAN_USERS_ATTEMPTS", "5", "ARTISAN_EVENT_MAX_DELIVERIES", "20"));

        assertThat(settings.usersUrl()).isEqualTo(URI.create("https://users.internal:8443"));
        assertThat(settings.usersTimeout()).isEqualTo(Duration.ofMillis(750));
        assertThat(settings.usersAttempts()).isEqualTo(5);
        assertThat(settings.maxDeliveries()).isEqualTo(20);
    }

    @Test
    void shouldRefuseBadValuesNamingTheVariable() {
        assertRefused("KORRECT_USERS_URL", "users:3001");
        assertRefused("ARTISAN_USERS_TIMEOUT_MS", "soon");
        assertRefused("ARTISAN_USERS_TIMEOUT_MS", "0");
        assertRefused("ARTISAN_USERS_ATTEMPTS", "11");
        assertRefused("ARTISAN_EVENT_MAX_DELIVERIES", "-1");
    }

    private static void assertRefused(String variable, String value) {
        assertThatThrownBy(() -> ArtisanSettings.fromMap(Map.of(variable, value)))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).variable()).isEqualTo(variable))
                .hasMessageContaining(variable);
    }
}
