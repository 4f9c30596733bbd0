package ng.korrect.service.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.EventCodec;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.EventPayload;
import ng.korrect.catalog.payload.Role;
import ng.korrect.embedded.EmbeddedRedis;
import ng.korrect.service.KorrectService;
import ng.korrect.service.ServiceConfig;
import ng.korrect.service.TokenIssuer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs one service for a test class, the way it runs in production but isolated: on a free port, with
 * an embedded Redis of its own (append-only, so that {@link #redisServer()} can be stopped and
 * restarted without losing writes) and a throwaway database: a fresh schema on the PostgreSQL of
 * {@code KORRECT_TEST_DATABASE_URL} when that is set, an embedded H2 in a temporary directory
 * otherwise. Register it as a static field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final ServiceFixture<UsersService> USERS = ServiceFixture.of(ServiceName.USERS, UsersService::new);
 * }</pre>
 *
 * <p>Nothing is flushed between the tests of a class: tests use their own ids and read back the events
 * they caused ({@link #awaitEvent}), and {@link #assertNothingWrittenOrPublishedBy} compares counts.
 */
public final class ServiceFixture<S extends KorrectService> implements BeforeAllCallback, AfterAllCallback {

    /** The variable naming a PostgreSQL for service tests; unset: the embedded H2. */
    public static final String DATABASE_VARIABLE = "KORRECT_TEST_DATABASE_URL";
    /** The token secret of every fixture, so that tokens of one service's fixture hold in another's. */
    public static final String JWT_SECRET = "korrect-test-secret-of-32-bytes-or-more";
    private static final Duration WAIT = Duration.ofSeconds(15);

    private final ServiceName name;
    private final Function<ServiceConfig, S> factory;
    private final Map<String, String> extraEnv = new LinkedHashMap<>();
    private final java.util.Set<String> jobTables = new java.util.HashSet<>();
    private final EventCodec codec = EventCodec.create();
    private final TokenIssuer tokens = new TokenIssuer(JWT_SECRET.getBytes(java.nio.charset.StandardCharsets.UTF_8),
            Clock.systemUTC(), Duration.ofHours(1));
    private Path directory;
    private EmbeddedRedis redisServer;
    private RedisClient redisClient;
    private StatefulRedisConnection<String, String> redisConnection;
    private Optional<String> postgresUrl = Optional.empty();
    private String schema;
    private S service;
    private Map<String, String> environment;
    private final List<S> others = new ArrayList<>();

    private ServiceFixture(ServiceName name, Function<ServiceConfig, S> factory) {
        this.name = name;
        this.factory = factory;
    }

    /** A fixture that builds the service from its configuration with that factory. */
    public static <S extends KorrectService> ServiceFixture<S> of(ServiceName name, Function<ServiceConfig, S> factory) {
        return new ServiceFixture<>(name, factory);
    }

    /**
     * Leaves these tables out of {@link #snapshot}: a job of the service changes them on its own (the users
     * service deletes a queued mail once sent), so their counts say nothing of what a request wrote. What a
     * request queues there it also writes to a table that is counted.
     */
    public ServiceFixture<S> withJobTables(String... tables) {
        for (String table : tables) {
            jobTables.add(table.toLowerCase(java.util.Locale.ROOT));
        }
        return this;
    }

    /** Sets one more environment variable of the service (before it starts). */
    public ServiceFixture<S> withEnv(String variable, String value) {
        extraEnv.put(variable, value);
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        directory = Files.createTempDirectory("korrect-" + name.wireName() + "-test-");
        redisServer = EmbeddedRedis.start(new EmbeddedRedis.Options(directory.resolve("redis"), true));
        redisClient = RedisClient.create(redisServer.url());
        redisConnection = redisClient.connect();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PORT", "0");
        env.put("REDIS_URL", redisServer.url());
        env.put("KORRECT_DATA_DIR", directory.resolve("data").toString());
        env.put("JWT_SECRET", JWT_SECRET);
        env.put("KORRECT_INSTANCE_ID", name.wireName() + "-test");
        postgresUrl = Optional.ofNullable(System.getenv(DATABASE_VARIABLE)).filter(url -> !url.isBlank());
        if (postgresUrl.isPresent()) {
            schema = name.wireName() + "_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            env.put("DATABASE_URL", postgresUrl.get());
            env.put("DATABASE_SCHEMA", schema);
        }
        env.putAll(extraEnv);
        environment = Map.copyOf(env);
        service = factory.apply(ServiceConfig.fromMap(name, env));
        service.start();
    }

    /**
     * Starts one more instance of the service on the same Redis and the same database schema, as a second
     * process would run it, with its own port, data directory and consumer name ({@code {service}-test-2}, ...),
     * and with these variables changed; stopped after the class, before the first. Several instances share one
     * PostgreSQL (an H2 file belongs to one process): without {@value #DATABASE_VARIABLE} the calling test is
     * skipped, saying so.
     */
    public S startAnotherInstance(Map<String, String> changed) {
        org.junit.jupiter.api.Assumptions.assumeTrue(onPostgres(), "several instances of a service share one PostgreSQL: "
                + "set " + DATABASE_VARIABLE + " (e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres) to run this test");
        Map<String, String> env = new LinkedHashMap<>(environment);
        int number = others.size() + 2;
        env.put("KORRECT_DATA_DIR", directory.resolve("data-" + number).toString());
        env.put("KORRECT_INSTANCE_ID", name.wireName() + "-test-" + number);
        env.putAll(changed);
        S another = factory.apply(ServiceConfig.fromMap(name, env));
        others.add(another);
        another.start();
        return another;
    }

    /** {@link #startAnotherInstance(Map)} with the first instance's variables. */
    public S startAnotherInstance() {
        return startAnotherInstance(Map.of());
    }

    /** A client of that instance's API without a token. */
    public ApiClient api(S instance) {
        return ApiClient.at("http://127.0.0.1:" + instance.port());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        others.forEach(S::close);
        others.clear();
        if (service != null) {
            service.close();
        }
        if (redisConnection != null) {
            redisConnection.close();
            redisClient.shutdown();
        }
        if (redisServer != null) {
            redisServer.close();
        }
        postgresUrl.ifPresent(url -> dropSchema(url, schema));
        deleteRecursively(directory);
    }

    /** The running service. */
    public S service() {
        return service;
    }

    /** Whether the service runs on PostgreSQL ({@value #DATABASE_VARIABLE} set) rather than H2. */
    public boolean onPostgres() {
        return postgresUrl.isPresent();
    }

    /** A client of the service's API without a token. */
    public ApiClient api() {
        return ApiClient.at("http://127.0.0.1:" + service.port());
    }

    /** A client of the service's API with a token for that user and role. */
    public ApiClient apiAs(String userId, Role role) {
        return api().as(token(userId, role));
    }

    /** A valid access token for that user and role, signed with the fixture's secret. */
    public String token(String userId, Role role) {
        return tokens.issue(userId, role);
    }

    /** The fixture's Redis server, to stop and restart. */
    public EmbeddedRedis redisServer() {
        return redisServer;
    }

    /** Plain string commands on the fixture's Redis. */
    public RedisCommands<String, String> redis() {
        return redisConnection.sync();
    }

    /** Publishes an event to the fixture's Redis as another service would, and returns it. */
    public <P extends EventPayload> Event<P> publish(P payload, ServiceName source) {
        Event<P> event = Event.of(payload, source);
        service.context().bus().publisher(source).publish(event);
        return event;
    }

    /** Every event of that payload type on its stream, oldest first. */
    @SuppressWarnings("unchecked")
    public <P extends EventPayload> List<Event<P>> events(Class<P> payloadType) {
        EventType type = EventType.of(payloadType);
        List<Event<P>> events = new ArrayList<>();
        for (StreamMessage<String, String> entry : redis().xrange(type.streamKey(), Range.create("-", "+"))) {
            events.add((Event<P>) codec.decode(entry.getBody().get("data")));
        }
        return events;
    }

    /** Waits for the first event of that type whose payload matches, and returns it. */
    public <P extends EventPayload> Event<P> awaitEvent(Class<P> payloadType, Predicate<P> matching) {
        return await().atMost(WAIT).until(() -> events(payloadType).stream()
                .filter(event -> matching.test(event.payload())).findFirst(), Optional::isPresent).orElseThrow();
    }

    /** The number of entries on that event type's stream. */
    public long streamLength(EventType type) {
        return redis().xlen(type.streamKey());
    }

    /** Waits until the outbox relay has published every event committed so far. */
    public void awaitOutboxDrained() {
        await().atMost(WAIT).until(() -> count("SELECT COUNT(*) FROM korrect_outbox WHERE sent_at IS NULL") == 0);
    }

    /** The single number the query returns, e.g. a {@code COUNT(*)}; parameters bound in order. */
    public long count(String sql, Object... parameters) {
        List<Map<String, Object>> rows = rows(sql, parameters);
        return ((Number) rows.get(0).values().iterator().next()).longValue();
    }

    /** The rows the query returns, each as column label (lower case) to value; parameters bound in order. */
    public List<Map<String, Object>> rows(String sql, Object... parameters) {
        try (Connection connection = service.context().database().dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= columns; c++) {
                        row.put(result.getMetaData().getColumnLabel(c).toLowerCase(java.util.Locale.ROOT), result.getObject(c));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + sql, e);
        }
    }

    /** Every table of the service's schema with its row count, and every event stream with its length. */
    public Snapshot snapshot() {
        Map<String, Long> tables = new TreeMap<>();
        for (Map<String, Object> table : rows("SELECT table_name FROM information_schema.tables "
                + "WHERE LOWER(table_schema) = LOWER(?) AND table_type IN ('BASE TABLE', 'TABLE')",
                service.context().database().schema())) {
            String tableName = String.valueOf(table.get("table_name"));
            String lowerCase = tableName.toLowerCase(java.util.Locale.ROOT);
            if (!lowerCase.startsWith("flyway") && !jobTables.contains(lowerCase)) {
                tables.put(tableName.toLowerCase(java.util.Locale.ROOT), count("SELECT COUNT(*) FROM " + tableName));
            }
        }
        Map<String, Long> streams = new TreeMap<>();
        for (EventType type : EventType.values()) {
            streams.put(type.streamKey(), streamLength(type));
        }
        return new Snapshot(tables, streams);
    }

    /**
     * Runs a request that must fail and asserts that it wrote no row in any table of the service and
     * published no event; returns the request's answer for the test to check.
     */
    public ApiResponse assertNothingWrittenOrPublishedBy(Supplier<ApiResponse> request) {
        awaitOutboxDrained();
        Snapshot before = snapshot();
        ApiResponse response = request.get();
        awaitOutboxDrained();
        assertThat(snapshot()).as("rows and events after " + response).isEqualTo(before);
        return response;
    }

    /**
     * Row counts per table and entry counts per stream at one moment.
     *
     * @param tables table name to row count
     * @param streams stream key to length
     */
    public record Snapshot(Map<String, Long> tables, Map<String, Long> streams) {
    }

    private static void dropSchema(String url, String schema) {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop the test schema " + schema, e);
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
