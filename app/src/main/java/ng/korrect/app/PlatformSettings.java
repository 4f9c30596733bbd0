package ng.korrect.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import ng.korrect.bus.BusOptions;
import ng.korrect.catalog.ServiceName;
import ng.korrect.service.ConfigException;
import ng.korrect.service.Environment;

/**
 * What the whole platform in one process reads from the environment, beside what each service reads
 * (CONTRACTS.md section 3). One {@code PORT} cannot serve five services, so each has its own variable,
 * {@code USERS_PORT}, {@code ARTISAN_PORT}, ... (default: the service's port of the contract); likewise one
 * {@code REDIS_URL} cannot carry five ACL users, so {@code USERS_REDIS_URL}, {@code ARTISAN_REDIS_URL}, ... give a
 * service its own (default: {@code REDIS_URL}, or the embedded Redis).
 *
 * @param environment the variables as given
 * @param dataDir where the embedded Redis, the embedded databases and the generated secret live
 * @param redisUrl the Redis to use; empty: start an embedded one
 * @param preferredRedisPort the port the embedded Redis takes when free ({@code KORRECT_REDIS_PORT}, default 6379,
 *                           where the CLI looks by default)
 * @param adminEmail the login of the admin created on first start ({@code KORRECT_ADMIN_EMAIL})
 * @param adminPassword its password ({@code KORRECT_ADMIN_PASSWORD}); empty: one is generated and printed once
 */
record PlatformSettings(Map<String, String> environment, Path dataDir, Optional<String> redisUrl,
                        int preferredRedisPort, String adminEmail, Optional<String> adminPassword) {

    static final String DEFAULT_ADMIN_EMAIL = "admin@korrect.local";
    static final int DEFAULT_REDIS_PORT = 6379;
    private static final int MAX_PORT = 65_535;
    private static final String SECRET_FILE = "jwt-secret";
    private static final String WEBHOOK_SECRET_FILE = "payment-webhook-secret";
    private static final String ADMIN_PASSWORD_FILE = "admin-password";
    private static final String REDIS_URL_FILE = "redis-url";

    PlatformSettings {
        environment = Map.copyOf(environment);
    }

    /** The settings of those variables; bad values fail with a {@link ConfigException} naming the variable. */
    static PlatformSettings fromMap(Map<String, String> env) {
        Environment variables = Environment.of(env);
        if (variables.text("PORT").isPresent()) {
            throw new ConfigException("PORT", "applies to `korrect up --service NAME`; with every service in one "
                    + "process, set USERS_PORT, ARTISAN_PORT, TRANSACTION_PORT, MESSAGING_PORT or PLATFORM_PORT");
        }
        variables.text("KORRECT_SCHEMA_PREFIX").filter(prefix -> !prefix.matches("[a-z_][a-z0-9_]{0,40}"))
                .ifPresent(prefix -> {
                    throw new ConfigException("KORRECT_SCHEMA_PREFIX",
                            "must be lower-case letters, digits and _ (at most 41), was \"" + prefix + "\"");
                });
        for (ServiceName service : ServiceName.values()) {
            variables.integer(portVariable(service), service.defaultPort(), 0, MAX_PORT);
            variables.text(redisUrlVariable(service))
                    .filter(url -> !BusOptions.isSupportedRedisUrl(url))
                    .ifPresent(url -> {
                        throw new ConfigException(redisUrlVariable(service), "must start with "
                                + String.join(", ", BusOptions.SUPPORTED_SCHEMES));
                    });
        }
        return new PlatformSettings(env, Path.of(variables.text("KORRECT_DATA_DIR").orElse("./data/")),
                variables.text("REDIS_URL"), variables.integer("KORRECT_REDIS_PORT", DEFAULT_REDIS_PORT, 0, MAX_PORT),
                variables.text("KORRECT_ADMIN_EMAIL").orElse(DEFAULT_ADMIN_EMAIL),
                variables.text("KORRECT_ADMIN_PASSWORD"));
    }

    /** The variable that sets that service's port in the platform. */
    static String portVariable(ServiceName service) {
        return service.name().toUpperCase(Locale.ROOT) + "_PORT";
    }

    /** The variable that gives that service a Redis URL of its own in the platform, e.g. {@code USERS_REDIS_URL}. */
    static String redisUrlVariable(ServiceName service) {
        return service.name().toUpperCase(Locale.ROOT) + "_REDIS_URL";
    }

    /**
     * The Redis URL of that service: its own variable ({@code USERS_REDIS_URL}, ...), so that each service of the
     * process logs in as its own ACL user ({@code korrect redis acl}); else empty, and it shares the platform's.
     */
    Optional<String> redisUrl(ServiceName service) {
        return Environment.of(environment).text(redisUrlVariable(service));
    }

    /** The port of that service: its variable, else the contract's default. */
    int port(ServiceName service) {
        return Environment.of(environment).integer(portVariable(service), service.defaultPort(), 0, MAX_PORT);
    }

    /**
     * The start of each service's schema name ({@code KORRECT_SCHEMA_PREFIX}): with {@code korrect_t1_}, Users
     * keeps its tables in {@code korrect_t1_users}, so that several platforms share one PostgreSQL database;
     * empty: each service's own default schema (its name).
     */
    Optional<String> schemaPrefix() {
        return Environment.of(environment).text("KORRECT_SCHEMA_PREFIX");
    }

    /** Whether a database server is configured ({@code DATABASE_URL}) rather than the embedded files. */
    Optional<String> databaseUrl() {
        return Environment.of(environment).text("DATABASE_URL");
    }

    /**
     * The token secret every service shares: {@code JWT_SECRET}, else the one generated on first start and
     * kept in the data directory (readable by its owner only), so that tokens outlive a restart.
     */
    String jwtSecret() {
        return configuredOrKept("JWT_SECRET", dataDir.resolve(SECRET_FILE));
    }

    /**
     * The secret of the payment provider's webhook signatures: {@code PAYMENT_WEBHOOK_SECRET}, else one
     * generated on first start and kept in the data directory (readable by its owner only), where an
     * operator reads it to configure the provider; it is never logged.
     */
    String webhookSecret() {
        return configuredOrKept("PAYMENT_WEBHOOK_SECRET", webhookSecretFile());
    }

    /** Where the generated webhook secret is kept. */
    Path webhookSecretFile() {
        return dataDir.resolve(WEBHOOK_SECRET_FILE);
    }

    private String configuredOrKept(String variable, Path file) {
        Optional<String> configured = Environment.of(environment).text(variable);
        if (configured.isPresent()) {
            return configured.get();
        }
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            byte[] random = new byte[48];
            new SecureRandom().nextBytes(random);
            String secret = Base64.getEncoder().encodeToString(random);
            writeOwnerOnly(file, secret);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the generated " + variable + " in " + file, e);
        }
    }

    /** Where the generated secret is kept. */
    Path jwtSecretFile() {
        return dataDir.resolve(SECRET_FILE);
    }

    /** Where the platform names the embedded Redis it started (its port may not be the default), for {@code korrect demo}. */
    Path embeddedRedisUrlFile() {
        return dataDir.resolve(REDIS_URL_FILE);
    }

    /** Where the admin's generated password is kept, for {@code korrect demo} and whoever missed the first start's output. */
    Path adminPasswordFile() {
        return dataDir.resolve(ADMIN_PASSWORD_FILE);
    }

    /**
     * Writes a file of the data directory readable by its owner only (a secret, or what the platform tells its
     * tools), all at once: it is written beside the file and renamed over it, so that a crash leaves the old
     * file or the new one, never a part of one.
     */
    static void writeOwnerOnly(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        Files.createFile(partial);
        restrictToOwner(partial);
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(partial,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
        }
        Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            file.toFile().setReadable(false, false);
            file.toFile().setReadable(true, true);
        }
    }
}
