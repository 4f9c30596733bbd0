package ng.korrect.service;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import ng.korrect.bus.idempotency.JdbcIdempotencyGuard;
import ng.korrect.bus.outbox.DurabilityBarrier;
import ng.korrect.bus.outbox.OutboxTable;
import ng.korrect.service.internal.RevokedUsers;
import ng.korrect.service.jdbc.Sql;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One service's database: a HikariCP pool on the service's own schema, migrated by Flyway from
 * {@code classpath:db/migration/{service}}, with the bus's outbox table ({@link OutboxTable#standard()})
 * handled-events table ({@link JdbcIdempotencyGuard#DEFAULT_TABLE}) and revoked users table
 * ({@link RevokedUsers#TABLE}) created in that schema.
 *
 * <p>PostgreSQL when {@code DATABASE_URL} is a {@code jdbc:postgresql:} URL (user and password in the
 * URL); an explicit {@code jdbc:h2:} URL is used as given; otherwise an embedded H2 file of the service's
 * own, {@code {KORRECT_DATA_DIR}/{service}.mv.db}, in PostgreSQL mode. One file per service rather than
 * one shared file, because an H2 file is locked by the process that opens it: services that run in
 * separate processes must not share one. The schema is the service's name on every database, so the
 * tables are named the same way on H2 and on a shared PostgreSQL.
 *
 * <p>A commit that returned is on the database's storage, so that an answer given after it survives a
 * {@code kill -9} of the process at any instant. H2 writes its store in the background with a delay by
 * default (its {@code WRITE_DELAY}, 500 ms): a commit then returns while its changes are only in memory, and
 * a killed process loses them although the request was answered and the outbox relayed its events. Every H2
 * database the kit opens is therefore set to {@code WRITE_DELAY 0}, under which H2 writes the store's new
 * chunk before the commit returns. H2 does not {@code fsync} on commit, so what the operating system has not
 * written yet can still be lost with a power loss or a kernel crash; PostgreSQL with its defaults
 * ({@code fsync} and {@code synchronous_commit} on) is durable against both, and the kit warns at open when
 * either is off.
 *
 * <p>The outbox and handled-events tables are created with the bus's DDL after the service's
 * migrations, not by a Flyway migration of the kit, so that the kit never takes a version number
 * from the service's own migration history. Thread-safe.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    /** Makes H2 write a commit to its file before the commit returns. */
    static final String H2_DURABLE_COMMITS = "SET WRITE_DELAY 0";
    private static final Pattern SQL_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final HikariDataSource pool;
    private final String schema;
    private final int migrationsApplied;
    private final boolean h2;

    private Database(HikariDataSource pool, String schema, int migrationsApplied, boolean h2) {
        this.pool = pool;
        this.schema = schema;
        this.migrationsApplied = migrationsApplied;
        this.h2 = h2;
    }

    /** Opens and migrates the database of the configuration, in its {@link ServiceConfig#databaseSchema()}. */
    public static Database open(ServiceConfig config) {
        return open(config, config.databaseSchema());
    }

    /**
     * Opens and migrates the database of the configuration in that schema (tests pass a throwaway one),
     * with the migrations of {@code classpath:db/migration/{service}}.
     *
     * @throws KitException when the database cannot be reached or a migration fails
     */
    public static Database open(ServiceConfig config, String schema) {
        if (!SQL_NAME.matcher(schema).matches()) {
            throw new IllegalArgumentException("schema must be a lower-case SQL name, was " + schema);
        }
        String url = config.databaseUrl().orElseGet(() -> embeddedUrl(config.dataDir(), config.service().wireName()));
        try {
            createSchema(url, schema);
            HikariDataSource pool = pool(url, schema, config.service().wireName());
            try {
                int applied = migrate(pool, schema, "classpath:db/migration/" + config.service().wireName());
                OutboxTable.standard().createIfMissing(pool);
                new JdbcIdempotencyGuard(pool).createTableIfMissing();
                new RevokedUsers(pool).createTableIfMissing();
                return new Database(pool, schema, applied, isH2(url));
            } catch (SQLException | RuntimeException e) {
                pool.close();
                throw e;
            }
        } catch (SQLException | RuntimeException e) {
            throw new KitException("cannot open the database of " + config.service().wireName() + " ("
                    + redacted(url) + ", schema " + schema + "): " + e.getMessage(), e);
        }
    }

    /**
     * What the outbox relay waits for before publishing: nothing on PostgreSQL, whose commits are durable
     * before they are visible; on H2, whose commits are visible a moment before they are in the file, a
     * checkpoint ({@link DurabilityBarrier#h2Checkpoint}).
     */
    public DurabilityBarrier durabilityBarrier() {
        return h2 ? DurabilityBarrier.h2Checkpoint(pool) : DurabilityBarrier.NONE;
    }

    /** The pool; connections have the service's schema as their current schema. */
    public DataSource dataSource() {
        return pool;
    }

    /** The service's schema. */
    public String schema() {
        return schema;
    }

    /** How many migrations this open applied (0 when the schema was up to date). */
    public int migrationsApplied() {
        return migrationsApplied;
    }

    /** Whether the database answers within a second. */
    public boolean answers() {
        try (Connection connection = pool.getConnection()) {
            return connection.isValid(1);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /** Closes the pool. */
    @Override
    public void close() {
        pool.close();
    }

    static String embeddedUrl(Path dataDir, String service) {
        Path file = dataDir.toAbsolutePath().normalize().resolve(service);
        return "jdbc:h2:file:" + file + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    private static void createSchema(String url, String schema) throws SQLException {
        Objects.requireNonNull(url, "url");
        try (Connection connection = DriverManager.getConnection(url)) {
            Sql.update(connection, "CREATE SCHEMA IF NOT EXISTS " + schema);
            if (!isH2(url)) {
                warnUnlessDurable(connection, url);
            }
        }
    }

    private static boolean isH2(String url) {
        return url.startsWith("jdbc:h2:");
    }

    /** Warns when PostgreSQL may acknowledge a commit that a crash of the server or machine would lose. */
    private static void warnUnlessDurable(Connection connection, String url) throws SQLException {
        for (String setting : new String[] {"fsync", "synchronous_commit"}) {
            if ("off".equalsIgnoreCase(Sql.first(connection, row -> row.getString(1), "SHOW " + setting).orElse(null))) {
                LOG.warn("{} is off on {}: a crash of the database server or its machine can lose commits that the "
                        + "services have answered; turn it on for production", setting, redacted(url));
            }
        }
    }

    private static HikariDataSource pool(String url, String schema, String service) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(url);
        hikari.setSchema(schema);
        hikari.setPoolName("korrect-" + service);
        hikari.setMaximumPoolSize(10);
        hikari.setConnectionTimeout(5_000);
        if (isH2(url)) {
            // a database-wide setting that H2 does not keep across a close, so every connection sets it
            hikari.setConnectionInitSql(H2_DURABLE_COMMITS);
        }
        return new HikariDataSource(hikari);
    }

    private static int migrate(DataSource dataSource, String schema, String location) {
        return Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(false)
                .locations(location)
                .failOnMissingLocations(false)
                .load()
                .migrate()
                .migrationsExecuted;
    }

    private static String redacted(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
