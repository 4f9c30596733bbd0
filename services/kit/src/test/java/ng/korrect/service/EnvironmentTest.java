package ng.korrect.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentTest {

    @Test
    void shouldGiveTheFallbackWhenAVariableIsUnsetOrBlank() {
        Environment env = Environment.of(Map.of("BLANK", "  "));

        assertThat(env.text("BLANK")).isEmpty();
        assertThat(env.integer("BLANK", 7, 1, 10)).isEqualTo(7);
        assertThat(env.number("MISSING", 9L, 1, 10)).isEqualTo(9L);
        assertThat(env.duration("MISSING", Duration.ofHours(24))).isEqualTo(Duration.ofHours(24));
        assertThat(env.httpUrl("MISSING")).isEmpty();
    }

    @Test
    void shouldReadValuesWithinTheirRules() {
        Environment env = Environment.of(Map.of("COST", " 10 ", "TTL", "PT15M", "URL", "https://users.korrect.ng/"));

        assertThat(env.integer("COST", 12, 4, 31)).isEqualTo(10);
        assertThat(env.duration("TTL", Duration.ZERO)).isEqualTo(Duration.ofMinutes(15));
        assertThat(env.httpUrl("URL")).contains(URI.create("https://users.korrect.ng"));
    }

    @Test
    void shouldNameTheVariableAndQuoteTheValueWhenItIsBad() {
        Environment env = Environment.of(Map.of("COST", "high", "LOW", "2", "TTL", "1 day", "NEGATIVE", "-PT1S",
                "URL", "users:3001", "NO_HOST", "http://"));

        assertThatThrownBy(() -> env.integer("COST", 12, 4, 31)).isInstanceOf(ConfigException.class)
                .hasMessage("COST must be a whole number between 4 and 31, was \"high\"");
        assertThatThrownBy(() -> env.integer("LOW", 12, 4, 31)).hasMessage("LOW must be a whole number between 4 and 31, was \"2\"");
        assertThatThrownBy(() -> env.duration("TTL", Duration.ofHours(1))).hasMessageStartingWith("TTL must be a positive ISO 8601");
        assertThatThrownBy(() -> env.duration("NEGATIVE", Duration.ofHours(1))).hasMessageContaining("-PT1S");
        assertThatThrownBy(() -> env.httpUrl("URL")).hasMessage("URL must be an http:// or https:// URL, was \"users:3001\"");
        assertThatThrownBy(() -> env.httpUrl("NO_HOST")).isInstanceOf(ConfigException.class).hasMessageStartingWith("NO_HOST");
    }
}
