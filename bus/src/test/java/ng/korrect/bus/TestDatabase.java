package ng.korrect.bus;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database of the test's own: an in-memory H2 in PostgreSQL mode, or a fresh schema on the machine's
 * PostgreSQL (dropped on close), so runs never see each other's rows.
 */
public final class TestDatabase implements AutoCloseable {

    private final DataSource dataSource;
    private final Runnable cleanup;

    private TestDatabase(DataSource dataSource, Runnable cleanup) {
        this.dataSource = dataSource;
        this.cleanup = cleanup;
    }

    public static TestDatabase h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:korrect-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        return new TestDatabase(h2, () -> execute(h2, "SHUTDOWN"));
    }

    /** A fresh schema on the PostgreSQL at 127.0.0.1:5432 (database test, user postgres), or null when none answers. */
    public static TestDatabase postgresOrNull() {
        PGSimpleDataSource admin = postgres(null);
        try (Connection ignored = admin.getConnection()) {
            String schema = "korrect_test_" + UUID.randomUUID().toString().replace("-", "");
            execute(admin, "CREATE SCHEMA " + schema);
            return new TestDatabase(postgres(schema), () -> execute(admin, "DROP SCHEMA " + schema + " CASCADE"));
        } catch (SQLException | RuntimeException unavailable) {
            return null;
        }
    }

    /** A fresh schema on the machine's PostgreSQL; the calling test is skipped when none answers. */
    public static TestDatabase postgresOrSkip() {
        TestDatabase postgres = postgresOrNull();
        org.junit.jupiter.api.Assumptions.assumeTrue(postgres != null, "no PostgreSQL on 127.0.0.1:5432");
        return postgres;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        cleanup.run();
    }

    private static PGSimpleDataSource postgres(String schema) {
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setServerNames(new String[] {"127.0.0.1"});
        postgres.setPortNumbers(new int[] {5432});
        postgres.setDatabaseName(System.getenv().getOrDefault("KORRECT_TEST_PG_DATABASE", "test"));
        postgres.setUser(System.getenv().getOrDefault("KORRECT_TEST_PG_USER", "postgres"));
        postgres.setConnectTimeout(2);
        if (schema != null) {
            postgres.setCurrentSchema(schema);
        }
        return postgres;
    }

    public static void execute(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
