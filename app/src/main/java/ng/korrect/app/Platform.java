package ng.korrect.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import ng.korrect.catalog.ServiceName;
import ng.korrect.embedded.EmbeddedRedis;
import ng.korrect.service.KorrectService;
import ng.korrect.service.ServiceConfig;
import ng.korrect.users.UsersService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every service of this build in one process, sharing one Redis (an embedded one under the data
 * directory when {@code REDIS_URL} is unset, started again by itself should it die), one token secret and the database settings; each service
 * keeps its own database (an embedded file each, or a schema each on the {@code DATABASE_URL} server).
 * Starts the services in catalog order, creates the admin on first start, and stops everything
 * at once on {@link #close()}. A service that fails to start stops the ones already started.
 */
final class Platform implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Platform.class);
    /** The variable by which Artisan and Platform find the Users service. */
    static final String USERS_URL_VARIABLE = "KORRECT_USERS_URL";
    static final String ARTISAN_URL_VARIABLE = "KORRECT_ARTISAN_URL";

    private final PlatformSettings settings;
    private final Map<ServiceName, KorrectService> running = new LinkedHashMap<>();
    private EmbeddedRedis embeddedRedis;
    private DataDirLock dataDirLock;
    private String redisUrl;
    private Optional<String> createdAdminPassword = Optional.empty();

    private Platform(PlatformSettings settings) {
        this.settings = settings;
    }

    /** Starts the services named (all available ones when the list is empty) with those settings. */
    static Platform start(PlatformSettings settings, List<ServiceName> only) {
        Platform platform = new Platform(settings);
        try {
            platform.startAll(only.isEmpty() ? ServiceCatalog.available() : only);
            return platform;
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    private void startAll(List<ServiceName> services) {
        dataDirLock = DataDirLock.acquire(settings.dataDir());
        redisUrl = settings.redisUrl().orElseGet(this::startEmbeddedRedis);
        String secret = settings.jwtSecret();
        for (ServiceName name : services) {
            Map<String, String> env = serviceEnvironment(name, secret);
            KorrectService service = ServiceCatalog.factory(name)
                    .orElseThrow(() -> new IllegalArgumentException(name.wireName() + " is not in this build"))
                    .create(ServiceConfig.fromMap(name, env), env);
            try {
                service.start();
            } catch (RuntimeException e) {
                throw new PlatformStartException(name, settings.port(name), e);
            }
            running.put(name, service);
        }
        if (running.get(ServiceName.USERS) instanceof UsersService users) {
            ensureAdmin(users);
        }
    }

    /**
     * Creates the admin on first start, with {@code KORRECT_ADMIN_PASSWORD} or a generated password. A
     * generated one is kept in the data directory before the admin is created with it, so that neither a
     * missed first output nor a crash right after the creation loses it; {@code korrect demo} reads it there.
     */
    private void ensureAdmin(UsersService users) {
        Optional<String> configured = settings.adminPassword();
        if (configured.isPresent()) {
            if (users.ensureAdmin(settings.adminEmail(), configured.get())) {
                createdAdminPassword = configured;
            }
            return;
        }
        Path kept = settings.adminPasswordFile();
        try {
            boolean generated = !Files.exists(kept);
            String password = generated ? generatedPassword() : Files.readString(kept, StandardCharsets.UTF_8).strip();
            if (generated) {
                PlatformSettings.writeOwnerOnly(kept, password);
            }
            if (users.ensureAdmin(settings.adminEmail(), password)) {
                createdAdminPassword = Optional.of(password);
            } else if (generated) {
                Files.delete(kept); // the admin existed already, with another password
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the admin's generated password in " + kept, e);
        }
    }

    private Map<String, String> serviceEnvironment(ServiceName name, String secret) {
        Map<String, String> env = new HashMap<>(settings.environment());
        env.put("REDIS_URL", settings.redisUrl(name).orElse(redisUrl)); // its own ACL user, when it has one
        env.put("JWT_SECRET", secret);
        if (name == ServiceName.TRANSACTION) {
            env.put("PAYMENT_WEBHOOK_SECRET", settings.webhookSecret());
        }
        env.put("PORT", Integer.toString(settings.port(name)));
        env.put("KORRECT_DATA_DIR", settings.dataDir().toString());
        settings.schemaPrefix().ifPresent(prefix -> env.put("DATABASE_SCHEMA", prefix + name.wireName()));
        KorrectService artisan = running.get(ServiceName.ARTISAN);
        if (artisan != null && !env.containsKey(ARTISAN_URL_VARIABLE)) {
            env.put(ARTISAN_URL_VARIABLE, "http://127.0.0.1:" + artisan.port()); // where bookings' profiles are checked
        }
        KorrectService users = running.get(ServiceName.USERS);
        if (users != null && !env.containsKey(USERS_URL_VARIABLE)) {
            env.put(USERS_URL_VARIABLE, "http://127.0.0.1:" + users.port()); // where the others fetch user details
        }
        return env;
    }

    private String startEmbeddedRedis() {
        embeddedRedis = EmbeddedRedis.start(new EmbeddedRedis.Options(settings.dataDir().resolve("redis"), true)
                .withPreferredPort(settings.preferredRedisPort()));
        embeddedRedis.keepRunning(); // a killed Redis comes back from its append-only file; the services reconnect
        LOG.info("REDIS_URL is unset: started an embedded Redis at {}", embeddedRedis.url());
        try {
            PlatformSettings.writeOwnerOnly(settings.embeddedRedisUrlFile(), embeddedRedis.url());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot name the embedded Redis in " + settings.embeddedRedisUrlFile(), e);
        }
        return embeddedRedis.url();
    }

    private static String generatedPassword() {
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }

    /** The running services and their ports, in start order. */
    Map<ServiceName, Integer> ports() {
        Map<ServiceName, Integer> ports = new LinkedHashMap<>();
        running.forEach((name, service) -> ports.put(name, service.port()));
        return Collections.unmodifiableMap(ports);
    }

    /** A running service. */
    KorrectService service(ServiceName name) {
        return Optional.ofNullable(running.get(name))
                .orElseThrow(() -> new IllegalArgumentException(name.wireName() + " is not running"));
    }

    /** The Redis every service uses. */
    String redisUrl() {
        return redisUrl;
    }

    /** Whether that Redis was started by the platform. */
    boolean redisIsEmbedded() {
        return embeddedRedis != null;
    }

    /** The settings. */
    PlatformSettings settings() {
        return settings;
    }

    /** The admin's password when this start created the admin; empty when it existed already. */
    Optional<String> createdAdminPassword() {
        return createdAdminPassword;
    }

    /**
     * Stops the services all at once, then the embedded Redis; each one drains what it was doing (its HTTP
     * requests, its handlers, its outbox pass). They stop in parallel since none needs another to drain: a
     * handler whose call to Users fails while Users stops leaves its entry pending for the next start.
     */
    @Override
    public synchronized void close() {
        try (ExecutorService stopping = Executors.newVirtualThreadPerTaskExecutor()) {
            for (ServiceName name : new ArrayList<>(running.keySet())) {
                KorrectService service = running.remove(name);
                stopping.submit(service::close);
            }
        }
        if (embeddedRedis != null) {
            embeddedRedis.close();
            embeddedRedis = null;
        }
        if (dataDirLock != null) {
            dataDirLock.close();
            dataDirLock = null;
        }
    }

    /** A service that did not start, with the port it wanted, for a message that says what to change. */
    static final class PlatformStartException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        PlatformStartException(ServiceName service, int port, RuntimeException cause) {
            super("cannot start " + service.wireName() + ": " + reason(service, port, cause), cause);
        }

        private static String reason(ServiceName service, int port, Throwable error) {
            Throwable root = error;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            if (root instanceof java.net.BindException) {
                return "port " + port + " is in use (" + PlatformSettings.portVariable(service) + " sets another)";
            }
            return root == error ? String.valueOf(error.getMessage())
                    : error.getMessage() + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        }
    }
}
