package ng.korrect.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import ng.korrect.catalog.ServiceName;
import org.junit.jupiter.api.Test;

class ServiceConfigTest {

    private static final String SECRET = "0123456789abcdef0123456789abcdef";

    @Test
    void shouldUseWorkingDefaultsWhenNothingIsSet() {
        ServiceConfig config = ServiceConfig.fromMap(ServiceName.TRANSACTION, Map.of());

        assertThat(config.port()).isEqualTo(3003);
        assertThat(config.redisUrl()).isEmpty();
        assertThat(config.databaseUrl()).isEmpty();
        assertThat(config.dataDir()).isEqualTo(Path.of("./data/"));
        assertThat(config.instanceId()).endsWith("-transaction-" + ProcessHandle.current().pid());
        assertThat(config.jwtSecret()).hasSize(ServiceConfig.MIN_SECRET_BYTES);
        assertThat(config.jwtSecretGenerated()).isTrue();
    }

    @Test
    void shouldReadEveryVariable() {
        ServiceConfig config = ServiceConfig.fromMap(ServiceName.USERS, Map.of(
                "PORT", "8080", "REDIS_URL", "rediss://user:pw@redis:6380", "DATABASE_URL",
                "jdbc:postgresql://db:5432/korrect?user=korrect", "KORRECT_DATA_DIR", "/var/korrect",
                "KORRECT_INSTANCE_ID", "users-7", "JWT_SECRET", SECRET));

        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.redisUrl()).contains("rediss://user:pw@redis:6380");
        assertThat(config.databaseUrl()).contains("jdbc:postgresql://db:5432/korrect?user=korrect");
        assertThat(config.dataDir()).isEqualTo(Path.of("/var/korrect"));
        assertThat(config.instanceId()).isEqualTo("users-7");
        assertThat(new String(config.jwtSecret())).isEqualTo(SECRET);
        assertThat(config.jwtSecretGenerated()).isFalse();
    }

    @Test
    void shouldTreatBlankValuesAsUnset() {
        ServiceConfig config = ServiceConfig.fromMap(ServiceName.MESSAGING, Map.of("PORT", " ", "REDIS_URL", ""));

        assertThat(config.port()).isEqualTo(3004);
        assertThat(config.redisUrl()).isEmpty();
    }

    @Test
    void shouldNamePortWhenItIsNotANumber() {
        assertThatThrownBy(() -> ServiceConfig.fromMap(ServiceName.USERS, Map.of("PORT", "abc")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("PORT").hasMessageContaining("abc")
                .extracting(e -> ((ConfigException) e).variable()).isEqualTo("PORT");
    }

    @Test
    void shouldNamePortWhenItIsOutOfRange() {
        assertThatThrownBy(() -> ServiceConfig.fromMap(ServiceName.USERS, Map.of("PORT", "70000")))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("PORT");
    }

    @Test
    void shouldNameDatabaseUrlWhenItIsNotJdbc() {
        assertThatThrownBy(() -> ServiceConfig.fromMap(ServiceName.USERS,
                Map.of("DATABASE_URL", "postgres://db:5432/korrect")))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("DATABASE_URL")
                .hasMessageContaining("jdbc:");
    }

    @Test
    void shouldNameRedisUrlWhenItIsNotRedis() {
        assertThatThrownBy(() -> ServiceConfig.fromMap(ServiceName.USERS, Map.of("REDIS_URL", "localhost:6379")))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("REDIS_URL");
    }

    @Test
    void shouldTakeTheSentinelsOfARedisSentinelUrl() {
        String sentinels = "redis-sentinel://users:s3cret@s1:26379,s2:26379/0#mymaster";

        assertThat(ServiceConfig.fromMap(ServiceName.USERS, Map.of("REDIS_URL", sentinels)).redisUrl()).contains(sentinels);
        assertThat(ServiceConfig.fromMap(ServiceName.USERS, Map.of("REDIS_URL", "rediss-sentinel://s1:26379#m")).redisUrl())
                .contains("rediss-sentinel://s1:26379#m");
        assertThatThrownBy(() -> ServiceConfig.fromMap(ServiceName.USERS, Map.of("REDIS_URL", "sentinel://u:s3cret@s1#m")))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("REDIS_URL")
                .hasMessageContaining("redis-sentinel://").hasMessageNotContaining("s3cret");
    }

    @Test
    void shouldWaitForNoReplicaUnlessToldHowMany() {
        ServiceConfig unset = ServiceConfig.fromMap(ServiceName.USERS, Map.of());
        ServiceConfig set = ServiceConfig.fromMap(ServiceName.USERS, Map.of("KORRECT_REDIS_REPLICA_ACKS", "1",
                "KORRECT_REDIS_REPLICA_ACK_TIMEOUT", "PT0.25S"));

        assertThat(unset.redisReplicaAcks()).isZero();
        assertThat(unset.redisReplicaAckTimeout()).isEqualTo(java.time.Duration.ofSeconds(1));
        assertThat(set.redisReplicaAcks()).isEqualTo(1);
        assertThat(set.redisReplicaAckTimeout()).isEqualTo(java.time.Duration.ofMillis(250));
        assertThatThrownBy(() -> ServiceConfig.fromMap(ServiceName.USERS, Map.of("KORRECT_REDIS_REPLICA_ACKS", "-1")))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("KORRECT_REDIS_REPLICA_ACKS");
        assertThatThrownBy(() -> ServiceConfig.fromMap(ServiceName.USERS, Map.of("KORRECT_REDIS_REPLICA_ACKS", "1",
                "KORRECT_REDIS_REPLICA_ACK_TIMEOUT", "PT10S")))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("KORRECT_REDIS_REPLICA_ACK_TIMEOUT");
    }

    @Test
    void shouldReadTheCertificatesToTrustForTlsAndNameTheVariableWhenTheFileIsMissing(@org.junit.jupiter.api.io.TempDir Path directory)
            throws java.io.IOException {
        Path ca = java.nio.file.Files.writeString(directory.resolve("ca.pem"), "-----BEGIN CERTIFICATE-----\n");

        assertThat(ServiceConfig.fromMap(ServiceName.USERS, Map.of("REDIS_TLS_CA_FILE", ca.toString()))
                .redisTrustedCertificates()).contains(ca);
        assertThat(ServiceConfig.fromMap(ServiceName.USERS, Map.of()).redisTrustedCertificates()).isEmpty();
        assertThatThrownBy(() -> ServiceConfig.fromMap(ServiceName.USERS,
                Map.of("REDIS_TLS_CA_FILE", directory.resolve("absent.pem").toString())))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("REDIS_TLS_CA_FILE");
    }

    @Test
    void shouldKeepThePasswordOfTheRedisUrlOutOfItsText() {
        ServiceConfig config = ServiceConfig.fromMap(ServiceName.USERS, Map.of("REDIS_URL", "redis://users:s3cret@redis:6379"));

        assertThat(config.toString()).doesNotContain("s3cret");
    }

    @Test
    void shouldNameJwtSecretWhenItIsTooShortForHs256() {
        assertThatThrownBy(() -> ServiceConfig.fromMap(ServiceName.USERS, Map.of("JWT_SECRET", "short")))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("JWT_SECRET");
    }

    @Test
    void shouldNotShowSecretsWhenPrinted() {
        ServiceConfig config = ServiceConfig.fromMap(ServiceName.USERS, Map.of("JWT_SECRET", SECRET,
                "DATABASE_URL", "jdbc:postgresql://db/korrect?password=hunter2"));

        assertThat(config.toString()).doesNotContain(SECRET).doesNotContain("hunter2");
    }

    @Test
    void shouldPutTheTablesInTheSchemaNamedAfterTheServiceUnlessToldOtherwise() {
        assertThat(ServiceConfig.fromMap(ServiceName.MESSAGING, Map.of()).databaseSchema()).isEqualTo("messaging");
        assertThat(ServiceConfig.fromMap(ServiceName.MESSAGING, Map.of("DATABASE_SCHEMA", "staging_messaging"))
                .databaseSchema()).isEqualTo("staging_messaging");
    }

    @Test
    void shouldNameDatabaseSchemaWhenItIsNotASqlName() {
        assertThatThrownBy(() -> ServiceConfig.fromMap(ServiceName.USERS, Map.of("DATABASE_SCHEMA", "users; drop")))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("DATABASE_SCHEMA")
                .hasMessageContaining("users; drop");
    }
}
