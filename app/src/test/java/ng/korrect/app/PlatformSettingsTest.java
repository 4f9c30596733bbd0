package ng.korrect.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import ng.korrect.catalog.ServiceName;
import ng.korrect.service.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlatformSettingsTest {

    @Test
    void shouldUseTheContractPortsAndEmbeddedDefaultsWhenNothingIsSet() {
        PlatformSettings settings = PlatformSettings.fromMap(Map.of());

        assertThat(settings.port(ServiceName.USERS)).isEqualTo(3001);
        assertThat(settings.port(ServiceName.PLATFORM)).isEqualTo(3005);
        assertThat(settings.dataDir()).isEqualTo(Path.of("./data/"));
        assertThat(settings.redisUrl()).isEmpty();
        assertThat(settings.databaseUrl()).isEmpty();
        assertThat(settings.preferredRedisPort()).isEqualTo(6379);
        assertThat(settings.adminEmail()).isEqualTo("admin@korrect.local");
        assertThat(settings.adminPassword()).isEmpty();
    }

    @Test
    void shouldPrefixEachServicesSchemaWhenAPrefixIsSetAndRefuseABadOne() {
        assertThat(PlatformSettings.fromMap(Map.of("KORRECT_SCHEMA_PREFIX", "run7_")).schemaPrefix()).contains("run7_");
        assertThat(PlatformSettings.fromMap(Map.of()).schemaPrefix()).isEmpty();
        assertThatThrownBy(() -> PlatformSettings.fromMap(Map.of("KORRECT_SCHEMA_PREFIX", "Run-7")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("KORRECT_SCHEMA_PREFIX");
    }

    @Test
    void shouldGiveEachServiceItsOwnPortVariable() {
        PlatformSettings settings = PlatformSettings.fromMap(Map.of("USERS_PORT", "4001", "MESSAGING_PORT", "0"));

        assertThat(settings.port(ServiceName.USERS)).isEqualTo(4001);
        assertThat(settings.port(ServiceName.MESSAGING)).isZero();
        assertThat(settings.port(ServiceName.TRANSACTION)).isEqualTo(3003);
    }

    @Test
    void shouldGiveEachServiceItsOwnRedisUrlVariableForItsAclUser() {
        PlatformSettings settings = PlatformSettings.fromMap(Map.of("REDIS_URL", "redis://admin:a@redis:6379",
                "USERS_REDIS_URL", "rediss://users:u@redis:6380"));

        assertThat(settings.redisUrl(ServiceName.USERS)).contains("rediss://users:u@redis:6380");
        assertThat(settings.redisUrl(ServiceName.ARTISAN)).isEmpty();
        assertThatThrownBy(() -> PlatformSettings.fromMap(Map.of("PLATFORM_REDIS_URL", "platform:p@redis:6379")))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("PLATFORM_REDIS_URL")
                .hasMessageNotContaining("platform:p");
    }

    @Test
    void shouldRefuseASinglePortForEveryServiceAndSayWhatToSetInstead() {
        assertThatThrownBy(() -> PlatformSettings.fromMap(Map.of("PORT", "8080")))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("PORT").hasMessageContaining("USERS_PORT");
    }

    @Test
    void shouldNameTheVariableOfABadPort() {
        assertThatThrownBy(() -> PlatformSettings.fromMap(Map.of("TRANSACTION_PORT", "lots")))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("TRANSACTION_PORT").hasMessageContaining("lots");
        assertThatThrownBy(() -> PlatformSettings.fromMap(Map.of("KORRECT_REDIS_PORT", "70000")))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("KORRECT_REDIS_PORT");
    }

    @Test
    void shouldKeepTheGeneratedSecretForTheOwnerOnlyAndReuseItOnTheNextStart(@TempDir Path dataDir) throws Exception {
        PlatformSettings settings = PlatformSettings.fromMap(Map.of("KORRECT_DATA_DIR", dataDir.toString()));

        String first = settings.jwtSecret();
        String second = PlatformSettings.fromMap(Map.of("KORRECT_DATA_DIR", dataDir.toString())).jwtSecret();

        assertThat(first).hasSizeGreaterThanOrEqualTo(32).isEqualTo(second);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(settings.jwtSecretFile())))
                .isEqualTo("rw-------");
    }

    @Test
    void shouldKeepTheGeneratedWebhookSecretApartFromTheTokenSecretAndPreferAConfiguredOne(@TempDir Path dataDir)
            throws Exception {
        PlatformSettings settings = PlatformSettings.fromMap(Map.of("KORRECT_DATA_DIR", dataDir.toString()));

        String kept = settings.webhookSecret();

        assertThat(kept).hasSizeGreaterThanOrEqualTo(32).isNotEqualTo(settings.jwtSecret())
                .isEqualTo(PlatformSettings.fromMap(Map.of("KORRECT_DATA_DIR", dataDir.toString())).webhookSecret());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(settings.webhookSecretFile())))
                .isEqualTo("rw-------");
        assertThat(PlatformSettings.fromMap(Map.of("KORRECT_DATA_DIR", dataDir.toString(),
                "PAYMENT_WEBHOOK_SECRET", "sk_live_configured")).webhookSecret()).isEqualTo("sk_live_configured");
    }

        @Test
    void shouldPreferTheConfiguredSecretAndWriteNothing(@TempDir Path dataDir) {
        PlatformSettings settings = PlatformSettings.fromMap(Map.of("KORRECT_DATA_DIR", dataDir.toString(),
                "JWT_SECRET", "a-configured-secret-of-at-least-32-bytes"));

        assertThat(settings.jwtSecret()).isEqualTo("a-configured-secret-of-at-least-32-bytes");
        assertThat(settings.jwtSecretFile()).doesNotExist();
    }
}
