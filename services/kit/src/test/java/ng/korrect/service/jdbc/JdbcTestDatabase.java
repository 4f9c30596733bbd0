package ng.korrect.service.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import ng.korrect.catalog.ServiceName;
import ng.korrect.service.Database;
import ng.korrect.service.ServiceConfig;
import ng.korrect.service.TestDatabases;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A database of a kind the kit supports, opened fresh for each test with the outbox table, and a
 * connection to it in auto-commit: an H2 file in a temporary directory, or a throwaway schema of the
 * machine's PostgreSQL (the test is skipped when none answers).
 */
final class JdbcTestDatabase implements BeforeEachCallback, AfterEachCallback {

    private final boolean postgres;
    private Path dataDir;
    private String schema;
    private Database database;
    private Connection connection;

    private JdbcTestDatabase(boolean postgres) {
        this.postgres = postgres;
    }

    /** An H2 file. */
    static JdbcTestDatabase h2() {
        return new JdbcTestDatabase(false);
    }

    /** A schema of the PostgreSQL of the tests. */
    static JdbcTestDatabase postgres() {
        return new JdbcTestDatabase(true);
    }

    /** The connection of the current test. */
    Connection connection() {
        return connection;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException, SQLException {
        if (postgres) {
            Assumptions.assumeTrue(TestDatabases.postgresAnswers(), "no PostgreSQL at " + TestDatabases.POSTGRES_URL);
            schema = TestDatabases.throwawaySchema();
            database = Database.open(config(Map.of("DATABASE_URL", TestDatabases.POSTGRES_URL)), schema);
        } else {
            dataDir = Files.createTempDirectory("korrect-jdbc-");
            database = Database.open(config(Map.of("KORRECT_DATA_DIR", dataDir.toString())));
        }
        connection = database.dataSource().getConnection();
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException, SQLException {
        if (database == null) {
            return;
        }
        connection.close();
        database.close();
        if (postgres) {
            TestDatabases.dropSchema(TestDatabases.POSTGRES_URL, schema);
        } else {
            deleteRecursively(dataDir);
        }
    }

    private static ServiceConfig config(Map<String, String> environment) {
        return ServiceConfig.fromMap(ServiceName.USERS, environment);
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
