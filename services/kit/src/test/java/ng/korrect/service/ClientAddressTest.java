package ng.korrect.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final TrustedProxies GATEWAY = TrustedProxies.parse("10.0.0.0/24");

    @Test
    void shouldTakeTheSocketPeerWhenNoProxyIsTrustedWhateverTheHeaderSays() {
        assertThat(ClientAddress.resolve("203.0.113.7", List.of("198.51.100.1"), TrustedProxies.none())).isEqualTo("203.0.113.7");
    }

    @Test
    void shouldIgnoreTheHeaderOfAPeerThatIsNotATrustedProxy() {
        assertThat(ClientAddress.resolve("203.0.113.7", List.of("198.51.100.1"), GATEWAY)).isEqualTo("203.0.113.7");
    }

    @Test
    void shouldTakeTheAddressTheTrustedProxySawRatherThanWhatTheClientWroteBeforeIt() {
        assertThat(ClientAddress.resolve("10.0.0.5", List.of("1.1.1.1, 198.51.100.1"), GATEWAY)).isEqualTo("198.51.100.1");
    }

    @Test
    void shouldSkipTrustedProxiesFromTheRightAcrossSeveralHeaders() {
        assertThat(ClientAddress.resolve("10.0.0.5", List.of("6.6.6.6, 198.51.100.1", "10.0.0.9"), GATEWAY))
                .isEqualTo("198.51.100.1");
    }

    @Test
    void shouldTakeTheLastTrustedHopWhenTheHeaderIsMissingOrNotAnAddress() {
        assertThat(ClientAddress.resolve("10.0.0.5", List.of(), GATEWAY)).isEqualTo("10.0.0.5");
        assertThat(ClientAddress.resolve("10.0.0.5", List.of("unknown, 10.0.0.9"), GATEWAY)).isEqualTo("10.0.0.9");
    }

    @Test
    void shouldTakeTheLeftMostWhenEveryAddressIsATrustedProxy() {
        assertThat(ClientAddress.resolve("10.0.0.5", List.of("10.0.0.7, 10.0.0.9"), GATEWAY)).isEqualTo("10.0.0.7");
    }

    @Test
    void shouldWriteOneAddressOneWay() {
        assertThat(ClientAddress.resolve("10.0.0.5", List.of("2001:DB8:0::1"), GATEWAY))
                .isEqualTo(ClientAddress.resolve("10.0.0.5", List.of("[2001:db8::1]"), GATEWAY));
    }
}
