package ng.korrect.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import ng.korrect.service.ConfigException;
import org.junit.jupiter.api.Test;

class TransactionSettingsTest {

    @Test
    void shouldDefaultToSevenDaysEveryMinuteAndAGeneratedSecret() {
        TransactionSettings settings = TransactionSettings.fromMap(Map.of());

        assertThat(settings.escalationAfter()).isEqualTo(Duration.ofDays(7));
        assertThat(settings.escalationInterval()).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.webhookSecretGenerated()).isTrue();
        assertThat(settings.webhookSecret()).hasSize(64).isNotEqualTo(TransactionSettings.fromMap(Map.of()).webhookSecret());
    }

    @Test
    void shouldReadEveryVariable() {
        TransactionSettings settings = TransactionSettings.fromMap(Map.of("KORRECT_DISPUTE_ESCALATION_DAYS", "3",
                "KORRECT_DISPUTE_ESCALATION_INTERVAL_SECONDS", "5", "PAYMENT_WEBHOOK_SECRET", "sk_live_x"));

        assertThat(settings.escalationAfter()).isEqualTo(Duration.ofDays(3));
        assertThat(settings.escalationInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.webhookSecret()).isEqualTo("sk_live_x");
        assertThat(settings.webhookSecretGenerated()).isFalse();
        assertThat(settings.toString()).doesNotContain("sk_live_x");
    }

    @Test
    void shouldFindTheArtisanServiceOnItsDefaultPortUnlessTold() {
        assertThat(TransactionSettings.fromMap(Map.of()).artisanUrl()).hasToString("http://localhost:3002");
        assertThat(TransactionSettings.fromMap(Map.of()).artisanTimeout()).isEqualTo(Duration.ofSeconds(2));
        TransactionSettings told = TransactionSettings.fromMap(Map.of("KORRECT_ARTISAN_URL", "http://artisan:9000/",
                "TRANSACTION_ARTISAN_TIMEOUT_MS", "750"));

        assertThat(told.artisanUrl()).hasToString("http://artisan:9000");
        assertThat(told.artisanTimeout()).isEqualTo(Duration.ofMillis(750));
        assertThatThrownBy(() -> TransactionSettings.fromMap(Map.of("KORRECT_ARTISAN_URL", "artisan:9000")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("KORRECT_ARTISAN_URL");
    }

    @Test
    void shouldAcceptZeroDaysToEscalateAtTheNextRunButNoNegativeDays() {
        assertThat(TransactionSettings.fromMap(Map.of("KORRECT_DISPUTE_ESCALATION_DAYS", "0")).escalationAfter())
                .isEqualTo(Duration.ZERO);
        assertThatThrownBy(() -> TransactionSettings.fromMap(Map.of("KORRECT_DISPUTE_ESCALATION_DAYS", "-1")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("KORRECT_DISPUTE_ESCALATION_DAYS");
    }

    @Test
    void shouldRefuseABadValueNamingTheVariable() {
        assertThatThrownBy(() -> TransactionSettings.fromMap(Map.of("KORRECT_DISPUTE_ESCALATION_DAYS", "seven")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("KORRECT_DISPUTE_ESCALATION_DAYS");
        assertThatThrownBy(() -> TransactionSettings.fromMap(Map.of("KORRECT_DISPUTE_ESCALATION_INTERVAL_SECONDS", "0")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("KORRECT_DISPUTE_ESCALATION_INTERVAL_SECONDS");
    }
}
