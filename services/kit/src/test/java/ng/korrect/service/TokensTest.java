package ng.korrect.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import ng.korrect.catalog.payload.Role;
import org.junit.jupiter.api.Test;

class TokensTest {

    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

    private final TokenIssuer issuer = new TokenIssuer(SECRET, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(15));

    @Test
    void shouldReturnTheCallerOfAValidToken() {
        String token = issuer.issue("user-1", Role.ARTISAN);

        Caller caller = verifierAt(NOW.plusSeconds(60)).verify(token);

        assertThat(caller).isEqualTo(new Caller("user-1", Role.ARTISAN));
    }

    @Test
    void shouldRefuseAnExpiredToken() {
        String token = issuer.issue("user-1", Role.ADMIN);

        assertThatThrownBy(() -> verifierAt(NOW.plus(Duration.ofMinutes(15))).verify(token))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(401))
                .hasMessageContaining("expired");
    }

    @Test
    void shouldRefuseATokenSignedWithAnotherSecret() {
        byte[] other = "ffffffffffffffffffffffffffffffff".getBytes(StandardCharsets.UTF_8);
        String token = new TokenIssuer(other, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(15))
                .issue("user-1", Role.ADMIN);

        assertThatThrownBy(() -> verifierAt(NOW).verify(token))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(401));
    }

    @Test
    void shouldRefuseATamperedOrMalformedToken() {
        String token = issuer.issue("user-1", Role.CUSTOMER);
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"sub\":\"user-1\",\"role\":\"admin\",\"iss\":\"korrect\",\"exp\":9999999999}".getBytes(
                        StandardCharsets.UTF_8)) + "." + parts[2];

        assertThatThrownBy(() -> verifierAt(NOW).verify(forged)).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> verifierAt(NOW).verify("not-a-token")).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> verifierAt(NOW).verify("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0."))
                .isInstanceOf(ApiException.class);
    }

    private static TokenVerifier verifierAt(Instant instant) {
        return new TokenVerifier(SECRET, Clock.fixed(instant, ZoneOffset.UTC));
    }
}
