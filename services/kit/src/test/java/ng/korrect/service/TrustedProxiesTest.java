package ng.korrect.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    @Test
    void shouldTrustTheListedAddressesAndRangesOnly() {
        TrustedProxies proxies = TrustedProxies.parse("10.0.0.0/8, 192.168.1.20 fd00::/8");

        assertThat(proxies.trusts(address("10.200.3.4"))).isTrue();
        assertThat(proxies.trusts(address("192.168.1.20"))).isTrue();
        assertThat(proxies.trusts(address("fd12::1"))).isTrue();
        assertThat(proxies.trusts(address("192.168.1.21"))).isFalse();
        assertThat(proxies.trusts(address("11.0.0.1"))).isFalse();
        assertThat(proxies.trusts(address("2001:db8::1"))).isFalse();
    }

    @Test
    void shouldTrustNoneWhenUnsetOrBlank() {
        assertThat(TrustedProxies.fromEnvironment(Environment.of(Map.of())).isEmpty()).isTrue();
        assertThat(TrustedProxies.fromEnvironment(Environment.of(Map.of("TRUSTED_PROXIES", "  "))).isEmpty()).isTrue();
    }

    @Test
    void shouldRefuseAnEntryThatIsNoAddressOrRangeNamingTheVariable() {
        for (String bad : new String[] {"gateway.internal", "10.0.0.0/33", "10.0.0.0/x", "10.0.0", "fd00::/129", "1.2.3.4:80"}) {
            assertThatThrownBy(() -> TrustedProxies.fromEnvironment(Environment.of(Map.of("TRUSTED_PROXIES", bad))))
                    .as(bad).isInstanceOfSatisfying(ConfigException.class,
                            e -> assertThat(e.variable()).isEqualTo("TRUSTED_PROXIES"));
        }
    }

    @Test
    void shouldReadLiteralsWithoutLookingNamesUp() {
        assertThat(TrustedProxies.literal("[::1]")).contains(address("::1"));
        assertThat(TrustedProxies.literal("::ffff:203.0.113.7")).contains(address("203.0.113.7"));
        assertThat(TrustedProxies.literal(" 2001:db8::7 ")).contains(address("2001:db8::7"));
        assertThat(TrustedProxies.literal("localhost")).isEmpty();
        assertThat(TrustedProxies.literal("256.1.1.1")).isEmpty();
        assertThat(TrustedProxies.literal("1::2::3")).isEmpty();
        assertThat(TrustedProxies.literal("unknown")).isEmpty();
    }

    private static InetAddress address(String literal) {
        return TrustedProxies.literal(literal).orElseThrow();
    }
}
