package ng.korrect.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import ng.korrect.service.ConfigException;
import org.junit.jupiter.api.Test;

class MessagingSettingsTest {

    @Test
    void shouldLimitBodiesTo4000CharactersByDefault() {
        assertThat(MessagingSettings.fromMap(Map.of()).maxBodyLength()).isEqualTo(4000);
        assertThat(MessagingSettings.fromMap(Map.of("MESSAGING_MAX_BODY_LENGTH", "  ")).maxBodyLength()).isEqualTo(4000);
    }

    @Test
    void shouldReadTheBodyLimitFromItsVariable() {
        assertThat(MessagingSettings.fromMap(Map.of("MESSAGING_MAX_BODY_LENGTH", "500")).maxBodyLength()).isEqualTo(500);
    }

    @Test
    void shouldRefuseABodyLimitThatIsNotANumberNamingTheVariable() {
        assertThatThrownBy(() -> MessagingSettings.fromMap(Map.of("MESSAGING_MAX_BODY_LENGTH", "lots")))
                .isInstanceOfSatisfying(ConfigException.class,
                        e -> assertThat(e.variable()).isEqualTo("MESSAGING_MAX_BODY_LENGTH"));
    }

    @Test
    void shouldRefuseABodyLimitOutOfRange() {
        assertThatThrownBy(() -> MessagingSettings.fromMap(Map.of("MESSAGING_MAX_BODY_LENGTH", "0")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("MESSAGING_MAX_BODY_LENGTH");
        assertThatThrownBy(() -> MessagingSettings.fromMap(Map.of("MESSAGING_MAX_BODY_LENGTH", "100001")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("MESSAGING_MAX_BODY_LENGTH");
    }
}
