package ng.korrect.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import ng.korrect.service.ConfigException;
import ng.korrect.service.TrustedProxies;
import ng.korrect.users.auth.LoginLimits;
import org.junit.jupiter.api.Test;

class UsersSettingsTest {

    @Test
    void shouldWorkWithoutAnyVariable() {
        UsersSettings settings = UsersSettings.fromMap(Map.of());

        assertThat(settings.bcryptCost()).isEqualTo(12);
        assertThat(settings.verificationTtl()).isEqualTo(Duration.ofHours(24));
        assertThat(settings.publicUrl()).isEqualTo("http://localhost:3001");
        assertThat(settings.loginLimits()).isEqualTo(new LoginLimits(5, 20, 10, Duration.ofMinutes(15), Duration.ofMinutes(1)));
        assertThat(settings.trustedProxies().isEmpty()).isTrue();
    }

    @Test
    void shouldStartVerificationLinksAtTheServicesOwnPortUnlessAPublicUrlIsSet() {
        assertThat(UsersSettings.fromMap(Map.of("PORT", "4101")).publicUrl()).isEqualTo("http://localhost:4101");
        assertThat(UsersSettings.fromMap(Map.of("PORT", "0")).publicUrl()).isEqualTo(UsersSettings.DEFAULT_PUBLIC_URL);
        assertThat(UsersSettings.fromMap(Map.of("PORT", "4101", UsersSettings.PUBLIC_URL_VARIABLE, "https://korrect.ng"))
                .publicUrl()).isEqualTo("https://korrect.ng");
    }

    @Test
    void shouldReadTheSignInLimitAndRefuseOneOutOfRangeNamingTheVariable() {
        UsersSettings settings = UsersSettings.fromMap(Map.of("KORRECT_USERS_LOGIN_MAX_FAILURES", "10",
                "KORRECT_USERS_LOGIN_MAX_CLIENT_FAILURES", "50", "KORRECT_USERS_LOGIN_ACCOUNT_FAILURES", "30",
                "KORRECT_USERS_LOGIN_FAILURE_WINDOW", "PT1H", "KORRECT_USERS_LOGIN_LONGEST_DELAY", "PT5M"));
        assertThat(settings.loginLimits()).isEqualTo(new LoginLimits(10, 50, 30, Duration.ofHours(1), Duration.ofMinutes(5)));

        for (String variable : new String[] {"KORRECT_USERS_LOGIN_MAX_FAILURES", "KORRECT_USERS_LOGIN_MAX_CLIENT_FAILURES",
                "KORRECT_USERS_LOGIN_ACCOUNT_FAILURES"}) {
            for (String limit : new String[] {"0", "1001", "five"}) {
                assertThatThrownBy(() -> UsersSettings.fromMap(Map.of(variable, limit)))
                        .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.variable()).isEqualTo(variable));
            }
        }
        for (String variable : new String[] {"KORRECT_USERS_LOGIN_FAILURE_WINDOW", "KORRECT_USERS_LOGIN_LONGEST_DELAY"}) {
            assertThatThrownBy(() -> UsersSettings.fromMap(Map.of(variable, "PT0S")))
                    .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.variable()).isEqualTo(variable));
        }
    }

    @Test
    void shouldHashOnAThreadPerCoreWithAQueueSizedAtStartUnlessBothAreSet() {
        UsersSettings defaults = UsersSettings.fromMap(Map.of());
        assertThat(defaults.hashingThreads()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(defaults.hashingQueue()).isEmpty();

        UsersSettings set = UsersSettings.fromMap(Map.of("KORRECT_USERS_HASHING_THREADS", "3", "KORRECT_USERS_HASHING_QUEUE", "0"));
        assertThat(set.hashingThreads()).isEqualTo(3);
        assertThat(set.hashingQueue()).hasValue(0);
    }

    @Test
    void shouldRefuseHashingThreadsOrQueueOutOfRangeNamingTheVariable() {
        for (String threads : new String[] {"0", "257", "many"}) {
            assertThatThrownBy(() -> UsersSettings.fromMap(Map.of("KORRECT_USERS_HASHING_THREADS", threads)))
                    .isInstanceOfSatisfying(ConfigException.class,
                            e -> assertThat(e.variable()).isEqualTo("KORRECT_USERS_HASHING_THREADS"));
        }
        for (String queue : new String[] {"-1", "10001", "short"}) {
            assertThatThrownBy(() -> UsersSettings.fromMap(Map.of("KORRECT_USERS_HASHING_QUEUE", queue)))
                    .isInstanceOfSatisfying(ConfigException.class,
                            e -> assertThat(e.variable()).isEqualTo("KORRECT_USERS_HASHING_QUEUE"));
        }
    }

    @Test
    void shouldReadTheTrustedProxiesAndRefuseAnEntryThatIsNoAddressNamingTheVariable() {
        UsersSettings settings = UsersSettings.fromMap(Map.of("TRUSTED_PROXIES", "10.0.0.0/8"));
        assertThat(settings.trustedProxies().trusts(TrustedProxies.literal("10.1.2.3").orElseThrow())).isTrue();

        assertThatThrownBy(() -> UsersSettings.fromMap(Map.of("TRUSTED_PROXIES", "the-gateway")))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.variable()).isEqualTo("TRUSTED_PROXIES"));
    }

    @Test
    void shouldReadEveryVariable() {
        UsersSettings settings = UsersSettings.fromMap(Map.of("KORRECT_USERS_BCRYPT_COST", "10",
                "KORRECT_USERS_VERIFICATION_TTL", "PT2H", "KORRECT_USERS_PUBLIC_URL", "https://api.korrect.ng/users/"));

        assertThat(settings.bcryptCost()).isEqualTo(10);
        assertThat(settings.verificationTtl()).isEqualTo(Duration.ofHours(2));
        assertThat(settings.publicUrl()).as("without the trailing slash").isEqualTo("https://api.korrect.ng/users");
    }

    @Test
    void shouldRefuseACostBelowFourOrAboveThirtyOneNamingTheVariable() {
        for (String cost : new String[] {"3", "32", "twelve"}) {
            assertThatThrownBy(() -> UsersSettings.fromMap(Map.of("KORRECT_USERS_BCRYPT_COST", cost)))
                    .isInstanceOfSatisfying(ConfigException.class,
                            e -> assertThat(e.variable()).isEqualTo("KORRECT_USERS_BCRYPT_COST"));
        }
        assertThat(UsersSettings.fromMap(Map.of("KORRECT_USERS_BCRYPT_COST", "4")).bcryptCost()).isEqualTo(4);
    }

    @Test
    void shouldRefuseALifetimeThatIsNotAPositiveDuration() {
        for (String ttl : new String[] {"24h", "PT0S", "-PT1H"}) {
            assertThatThrownBy(() -> UsersSettings.fromMap(Map.of("KORRECT_USERS_VERIFICATION_TTL", ttl)))
                    .isInstanceOfSatisfying(ConfigException.class,
                            e -> assertThat(e.variable()).isEqualTo("KORRECT_USERS_VERIFICATION_TTL"));
        }
    }

    @Test
    void shouldRefuseAPublicUrlThatIsNotAnHttpAddress() {
        for (String url : new String[] {"localhost:3001", "ftp://example.ng", "http://example.ng/?a=1", "http:// bad"}) {
            assertThatThrownBy(() -> UsersSettings.fromMap(Map.of("KORRECT_USERS_PUBLIC_URL", url)))
                    .as(url).isInstanceOfSatisfying(ConfigException.class,
                            e -> assertThat(e.variable()).isEqualTo("KORRECT_USERS_PUBLIC_URL"));
        }
    }
}
