package ng.korrect.service;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import ng.korrect.bus.BusOptions;
import ng.korrect.catalog.ServiceName;

/**
 * One service's settings, read from environment variables (CONTRACTS.md section 3). Immutable. Every
 * variable has a working default; a bad value fails at once with a {@link ConfigException} naming it.
 *
 * @param service the service these settings are for
 * @param port the HTTP port ({@code PORT}; default {@link ServiceName#defaultPort()}; 0 picks a free one)
 * @param redisUrl the Redis ({@code REDIS_URL}: {@code redis://} or {@code rediss://} for one Redis,
 *                 {@code redis-sentinel://} or {@code rediss-sentinel://} for the master that Sentinels name);
 *                 empty: the caller provides an embedded one
 * @param databaseUrl the JDBC URL ({@code DATABASE_URL}); empty: the embedded H2 under the data directory
 * @param databaseSchema the schema of the service's tables ({@code DATABASE_SCHEMA}; default the service's
 *                       name), so that several environments or test runs can share one PostgreSQL database
 * @param dataDir where embedded data lives ({@code KORRECT_DATA_DIR}; default {@code ./data/})
 * @param instanceId the consumer name within the group ({@code KORRECT_INSTANCE_ID}; default host name, service and
 *                   process id, so that two instances never share one; a name given here must be unique to one
 *                   running instance, and an instance restarted under it takes its pending entries at once)
 * @param jwtSecret the key of access tokens ({@code JWT_SECRET}, at least 32 bytes); default: a random one
 * @param jwtSecretGenerated whether {@code jwtSecret} was generated because {@code JWT_SECRET} was unset
 * @param redisTrustedCertificates the PEM file of the certificates a {@code rediss://} Redis's certificate must
 *                                 chain to ({@code REDIS_TLS_CA_FILE}), instead of the JVM's trust store; empty: the
 *                                 JVM's trust store
 * @param redisReplicaAcks how many replicas must acknowledge each batch of the outbox relay before its rows are
 *                         marked sent ({@code KORRECT_REDIS_REPLICA_ACKS}; default 0: no waiting), see
 *                         {@link ng.korrect.bus.BusOptions#replicaAcks()}
 * @param redisReplicaAckTimeout how long a batch waits for them ({@code KORRECT_REDIS_REPLICA_ACK_TIMEOUT}, an ISO
 *                               8601 duration; default 1 s)
 */
public record ServiceConfig(ServiceName service, int port, Optional<String> redisUrl, Optional<String> databaseUrl,
                            String databaseSchema, Path dataDir, String instanceId, byte[] jwtSecret, boolean jwtSecretGenerated,
                            Optional<Path> redisTrustedCertificates, int redisReplicaAcks,
                            Duration redisReplicaAckTimeout) {

    /** The shortest accepted {@code JWT_SECRET}, in bytes: HS256 needs a 256-bit key. */
    public static final int MIN_SECRET_BYTES = 32;
    /** The bus's publish timeout, which the wait for replicas must stay under. */
    private static final Duration MAX_REPLICA_ACK_TIMEOUT = Duration.ofSeconds(5);
    private static final Pattern SQL_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    /** Rejects nulls and values out of range. */
    public ServiceConfig {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(redisUrl, "redisUrl");
        Objects.requireNonNull(databaseUrl, "databaseUrl");
        Objects.requireNonNull(databaseSchema, "databaseSchema");
        Objects.requireNonNull(dataDir, "dataDir");
        if (!SQL_NAME.matcher(databaseSchema).matches()) {
            throw new ConfigException("DATABASE_SCHEMA",
                    "must be a lower-case SQL name (letters, digits, _; 1-63 characters), was \"" + databaseSchema + "\"");
        }
        Objects.requireNonNull(instanceId, "instanceId");
        if (port < 0 || port > 65_535) {
            throw new ConfigException("PORT", "must be between 0 and 65535, was " + port);
        }
        if (jwtSecret == null || jwtSecret.length < MIN_SECRET_BYTES) {
            throw new ConfigException("JWT_SECRET", "must be at least " + MIN_SECRET_BYTES + " bytes long");
        }
        jwtSecret = jwtSecret.clone();
        Objects.requireNonNull(redisTrustedCertificates, "redisTrustedCertificates");
        redisTrustedCertificates.filter(file -> !java.nio.file.Files.isReadable(file)).ifPresent(file -> {
            throw new ConfigException("REDIS_TLS_CA_FILE", "must name a readable PEM file, was \"" + file + "\"");
        });
        if (redisReplicaAcks < 0) {
            throw new ConfigException("KORRECT_REDIS_REPLICA_ACKS", "must be 0 or more, was " + redisReplicaAcks);
        }
        Objects.requireNonNull(redisReplicaAckTimeout, "redisReplicaAckTimeout");
        if (redisReplicaAcks > 0 && redisReplicaAckTimeout.compareTo(MAX_REPLICA_ACK_TIMEOUT) >= 0) {
            throw new ConfigException("KORRECT_REDIS_REPLICA_ACK_TIMEOUT", "must be shorter than "
                    + MAX_REPLICA_ACK_TIMEOUT + " (the bus's publish timeout), was " + redisReplicaAckTimeout);
        }
    }

    /** The settings of the process's environment. */
    public static ServiceConfig fromEnvironment(ServiceName service) {
        return fromMap(service, System.getenv());
    }

    /** The settings of that map of variables; blank values count as unset. */
    public static ServiceConfig fromMap(ServiceName service, Map<String, String> variables) {
        Environment env = Environment.of(variables);
        int port = env.integer("PORT", service.defaultPort(), 0, 65_535);
        Optional<String> redisUrl = env.text("REDIS_URL").map(ServiceConfig::checkRedisUrl);
        Optional<String> databaseUrl = env.text("DATABASE_URL").map(ServiceConfig::checkDatabaseUrl);
        String schema = env.text("DATABASE_SCHEMA").orElse(service.wireName());
        Path dataDir = Path.of(env.text("KORRECT_DATA_DIR").orElse("./data/"));
        String instanceId = env.text("KORRECT_INSTANCE_ID").orElseGet(() -> hostName() + "-" + service.wireName()
                + "-" + ProcessHandle.current().pid());
        Optional<byte[]> secret = env.text("JWT_SECRET").map(text -> text.getBytes(StandardCharsets.UTF_8));
        Optional<Path> trusted = env.text("REDIS_TLS_CA_FILE").map(Path::of);
        int replicaAcks = env.integer("KORRECT_REDIS_REPLICA_ACKS", 0, 0, 100);
        Duration replicaAckTimeout = env.duration("KORRECT_REDIS_REPLICA_ACK_TIMEOUT", Duration.ofSeconds(1));
        return new ServiceConfig(service, port, redisUrl, databaseUrl, schema, dataDir, instanceId,
                secret.orElseGet(ServiceConfig::randomSecret), secret.isEmpty(), trusted, replicaAcks, replicaAckTimeout);
    }

    /** The secret returned is a copy. */
    @Override
    public byte[] jwtSecret() {
        return jwtSecret.clone();
    }

    /** These settings on another port (tests use 0 for a free one). */
    public ServiceConfig withPort(int otherPort) {
        return new ServiceConfig(service, otherPort, redisUrl, databaseUrl, databaseSchema, dataDir, instanceId, jwtSecret,
                jwtSecretGenerated, redisTrustedCertificates, redisReplicaAcks, redisReplicaAckTimeout);
    }

    /** The generated secret, printable, for the embedded mode to show. */
    public String jwtSecretBase64() {
        return Base64.getEncoder().encodeToString(jwtSecret);
    }

    @Override
    public String toString() {
        return "ServiceConfig[service=" + service + ", port=" + port + ", redisUrl=" + redisUrl.map(u -> "<set>")
                + ", databaseUrl=" + databaseUrl.map(u -> "<set>") + ", databaseSchema=" + databaseSchema + ", dataDir=" + dataDir + ", instanceId="
                + instanceId + ", jwtSecretGenerated=" + jwtSecretGenerated + ", redisTrustedCertificates="
                + redisTrustedCertificates.map(Path::toString).orElse("<JVM trust store>") + ", redisReplicaAcks="
                + redisReplicaAcks + ", redisReplicaAckTimeout=" + redisReplicaAckTimeout + "]";
    }

    private static String checkRedisUrl(String url) {
        if (!BusOptions.isSupportedRedisUrl(url)) {
            throw new ConfigException("REDIS_URL", "must start with " + String.join(", ", BusOptions.SUPPORTED_SCHEMES)
                    + ", was \"" + url.replaceFirst("//([^:@/]*):[^@/]*@", "//$1:***@") + "\"");
        }
        return url;
    }

    private static String checkDatabaseUrl(String url) {
        if (!url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:h2:")) {
            throw new ConfigException("DATABASE_URL",
                    "must be a JDBC URL (jdbc:postgresql://host:port/db?user=...), was \"" + url + "\"");
        }
        return url;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return Optional.ofNullable(System.getenv("HOSTNAME")).orElse("localhost");
        }
    }

    private static byte[] randomSecret() {
        byte[] secret = new byte[MIN_SECRET_BYTES];
        new SecureRandom().nextBytes(secret);
        return secret;
    }
}
