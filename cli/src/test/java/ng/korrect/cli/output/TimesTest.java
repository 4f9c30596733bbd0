package ng.korrect.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimesTest {

    @Test
    void shouldWriteInstantsLikeTheEnvelopesToTheMillisecond() {
        assertThat(Times.iso(Instant.parse("2026-11-27T03:00:00Z"))).isEqualTo("2026-11-27T03:00:00.000Z");
        assertThat(Times.iso(Instant.parse("2026-11-27T03:00:00.123456Z"))).isEqualTo("2026-11-27T03:00:00.123Z");
    }

    @Test
    void shouldWriteDurationsShortly() {
        assertThat(Times.human(Duration.ofMillis(850))).isEqualTo("850ms");
        assertThat(Times.human(Duration.ofSeconds(12))).isEqualTo("12s");
        assertThat(Times.human(Duration.ofSeconds(245))).isEqualTo("4m05s");
        assertThat(Times.human(Duration.ofMinutes(192))).isEqualTo("3h12m");
        assertThat(Times.human(Duration.ofHours(52))).isEqualTo("2d04h");
    }
}
