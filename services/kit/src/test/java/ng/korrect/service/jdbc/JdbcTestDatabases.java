package ng.korrect.service.jdbc;

import java.nio.file.Path;
import java.util.Map;
import ng.korrect.catalog.ServiceName;
import ng.korrect.service.Database;
import ng.korrect.service.ServiceConfig;
import ng.korrect.service.TestDatabases;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the jdbc tests run on, each opened fresh with the outbox table: an H2 file in a
 * temporary directory, and a throwaway schema of the machine's PostgreSQL when one answers.
 */
final class JdbcTestDatabases {

    private JdbcTestDatabases() {
    }

    /** An H2 file in that directory. */
    static Database h2(Path dataDir) {
        return Database.open(ServiceConfig.fromMap(ServiceName.USERS, Map.of("KORRECT_DATA_DIR", dataDir.toString())));
    }

    /** That schema of the PostgreSQL of the tests; skips the test when none answers. */
    static Database postgres(String schema) {
        Assumptions.assumeTrue(TestDatabases.postgresAnswers(), "no PostgreSQL at " + TestDatabases.POSTGRES_URL);
        return Database.open(ServiceConfig.fromMap(ServiceName.USERS, Map.of("DATABASE_URL", TestDatabases.POSTGRES_URL)),
                schema);
    }

    /** Drops that schema of the PostgreSQL of the tests, if one answers. */
    static void dropPostgres(String schema) {
        if (TestDatabases.postgresAnswers()) {
            TestDatabases.dropSchema(TestDatabases.POSTGRES_URL, schema);
        }
    }
}
