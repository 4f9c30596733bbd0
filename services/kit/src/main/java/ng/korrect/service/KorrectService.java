package ng.korrect.service;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import ng.korrect.bus.BusOptions;
import ng.korrect.bus.ConsumerGroup;
import ng.korrect.bus.EnvelopeFactory;
import ng.korrect.bus.EventBus;
import ng.korrect.bus.EventPublisher;
import ng.korrect.bus.idempotency.JdbcIdempotencyGuard;
import ng.korrect.bus.outbox.OutboxRelay;
import ng.korrect.bus.outbox.OutboxRelayOptions;
import ng.korrect.bus.outbox.OutboxTable;
import ng.korrect.bus.policy.RetryPolicy;
import ng.korrect.catalog.EventCodec;
import ng.korrect.embedded.EmbeddedRedis;
import ng.korrect.service.internal.RevokedUsers;
import ng.korrect.service.internal.RevokingGroupBuilder;
import ng.korrect.service.internal.OutboxBacklogGauge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The skeleton of a service: a subclass adds its routes and its consumer group's handlers, the kit does
 * the rest. {@link #start()} opens, in order, the database (with migrations from
 * {@code db/migration/{service}}), the bus (an embedded Redis under the data directory when
 * {@code REDIS_URL} is unset), the outbox relay, the consumer group, HTTP and the service's {@link #jobs},
 * then marks the service ready; {@link #close()} marks it not ready and stops in reverse order, letting
 * rounds of jobs, HTTP requests and handlers in flight finish. A failed start closes what it opened.
 *
 * <pre>{@code
 * final class UsersService extends KorrectService {
 *     UsersService(ServiceConfig config) { super(config); }
 *     protected List<Routes> routes(ServiceContext context) { return List.of(new AuthRoutes(...)); }
 *     protected void handlers(EventBus.GroupBuilder group, ServiceContext context) {
 *         group.on(UserDeleted.class, context.idempotency().guard((event, delivery, tx) -> ...));
 *     }
 * }
 * }</pre>
 *
 * <p>Start and close are synchronized; a service is started once. {@code services/README.md} describes the
 * shape every service gives its packages.
 */
public abstract class KorrectService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KorrectService.class);
    /** How long a stop waits for HTTP requests and handlers in flight. */
    public static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(10);

    private final ServiceConfig config;
    private final Clock clock;
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Readiness readiness = new Readiness();
    private final EventCodec codec = EventCodec.create();
    private volatile Database database;
    private volatile EventBus bus;
    private volatile ConsumerGroup group;
    private EmbeddedRedis embeddedRedis;
    private OutboxRelay relay;
    private HttpServer http;
    private List<Poller> jobs = List.of();
    private ServiceContext context;

    /** A service with these settings and the system clock. */
    protected KorrectService(ServiceConfig config) {
        this(config, Clock.systemUTC());
    }

    /** A service with these settings and that clock. */
    protected KorrectService(ServiceConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        readiness.check("migrations", () -> database != null)
                .check("database", () -> database != null && database.answers())
                .check("redis", () -> bus != null && bus.health().connected())
                .check("consumerGroup", () -> group == null ? bus != null : group.isRunning());
    }

    /** The service's routes, one {@link Routes} per concept, installed in that order. */
    protected abstract List<Routes> routes(ServiceContext context);

    /** Adds the handlers of the service's consumer group; none by default. */
    protected void handlers(EventBus.GroupBuilder group, ServiceContext context) {
    }

    /**
     * The service's background jobs (e.g. sending due mails), started once the HTTP server and the consumers run,
     * and stopped first, each letting a round in flight finish. None by default.
     */
    protected List<Poller> jobs(ServiceContext context) {
        return List.of();
    }

    /** The database schema: {@link ServiceConfig#databaseSchema()}, the service's name by default. */
    protected String schema() {
        return config.databaseSchema();
    }

    /**
     * How a service's group retries a failed handler unless the service says otherwise: up to 10
     * deliveries, half a second doubling up to a minute apart (one and a half to three minutes in all,
     * with jitter). A service's handler fails mostly for a passing reason (an envelope about an erased
     * user not relayed yet, a read model waiting for another stream, a busy database), which the bus's
     * few quick default retries may not outlast. A permanent failure is not retried at all: a handler throws
     * {@link ng.korrect.bus.PermanentFailureException} where it knows that no delivery can succeed, and the
     * bus holds programming errors and SQL data exceptions permanent
     * ({@link ng.korrect.bus.policy.FailureClassification}); those go to the dead letters after one delivery.
     */
    public static final RetryPolicy SERVICE_RETRIES = RetryPolicy.DEFAULT.withMaxDeliveries(10)
            .withBackoff(Duration.ofMillis(500), Duration.ofMinutes(1));

    /**
     * The bus settings for that Redis: the defaults with the configured instance id, {@link #SERVICE_RETRIES} and
     * the certificates to trust for {@code rediss://} ({@code REDIS_TLS_CA_FILE}) and the replicas each batch of the
     * outbox relay waits for ({@code KORRECT_REDIS_REPLICA_ACKS}, {@code KORRECT_REDIS_REPLICA_ACK_TIMEOUT}).
     */
    protected BusOptions busOptions(String redisUrl) {
        BusOptions.Builder options = BusOptions.builder(redisUrl).instanceId(config.instanceId()).retryPolicy(SERVICE_RETRIES)
                .replicaAcks(config.redisReplicaAcks(), config.redisReplicaAckTimeout());
        config.redisTrustedCertificates().ifPresent(options::trustedCertificates);
        return options.build();
    }

    /** Starts every part in order; on failure, closes what started and rethrows. */
    public final synchronized KorrectService start() {
        if (http != null) {
            throw new IllegalStateException(config.service().wireName() + " is already started");
        }
        try {
            database = Database.open(config, schema());
            bus = EventBus.connect(busOptions(redisUrl()), registry);
            EventPublisher publisher = bus.publisher(config.service());
            RevokedUsers revoked = new RevokedUsers(database.dataSource());
            Transactions transactions = new Transactions(database.dataSource(), EnvelopeFactory.of(config.service()), codec);
            context = new ServiceContext(config, database, transactions,
                    new JdbcIdempotencyGuard(database.dataSource()), bus, publisher, TokenIssuer.of(config),
                    new Auth(TokenVerifier.of(config), revoked), registry, clock);
            relay = OutboxRelay.start(database.dataSource(), OutboxTable.standard(), publisher, OutboxRelayOptions.DEFAULTS,
                    database.durabilityBarrier());
            OutboxBacklogGauge.register(registry, relay, OutboxTable.standard());
            RevokingGroupBuilder builder = new RevokingGroupBuilder(bus.consumerGroup(config.service()), revoked);
            handlers(builder, context);
            group = builder.start();
            http = HttpServer.create(config.service().wireName(), registry, readiness, DRAIN_TIMEOUT);
            routes(context).forEach(routes -> routes.install(http.app()));
            http.start(config.port());
            jobs = List.copyOf(jobs(context));
            jobs.forEach(Poller::start);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        readiness.started(true);
        if (config.jwtSecretGenerated()) {
            LOG.warn("{}: JWT_SECRET is unset; access tokens are signed with a key generated for this process only",
                    config.service().wireName());
        }
        LOG.info("{} started on port {}", config.service().wireName(), http.port());
        return this;
    }

    /** Marks the service not ready and stops HTTP, the group, the relay, the bus and the database. */
    @Override
    public final synchronized void close() {
        readiness.started(false);
        jobs.forEach(job -> quietly("job", job::close, true));
        jobs = List.of();
        quietly("http", () -> http.close(), http != null);
        quietly("consumer group", () -> group.stop(DRAIN_TIMEOUT), group != null);
        quietly("outbox relay", () -> relay.close(), relay != null);
        quietly("bus", () -> bus.close(), bus != null);
        quietly("embedded redis", () -> embeddedRedis.close(), embeddedRedis != null);
        quietly("database", () -> database.close(), database != null);
        http = null;
        group = null;
        relay = null;
        bus = null;
        embeddedRedis = null;
        database = null;
    }

    /** The HTTP port, once started. */
    public final int port() {
        return http.port();
    }

    /** The service's readiness. */
    public final Readiness readiness() {
        return readiness;
    }

    /** What routes and handlers get, once started. */
    public final ServiceContext context() {
        return context;
    }

    /** The settings. */
    public final ServiceConfig config() {
        return config;
    }

    private String redisUrl() {
        Optional<String> configured = config.redisUrl();
        if (configured.isPresent()) {
            return configured.get();
        }
        embeddedRedis = EmbeddedRedis.start(new EmbeddedRedis.Options(config.dataDir().resolve("redis"), true));
        LOG.info("REDIS_URL is unset: started an embedded Redis at {}", embeddedRedis.url());
        return embeddedRedis.url();
    }

    private void quietly(String part, Runnable stop, boolean started) {
        if (!started) {
            return;
        }
        try {
            stop.run();
        } catch (RuntimeException e) {
            LOG.warn("{}: stopping {} failed", config.service().wireName(), part, e);
        }
    }
}
