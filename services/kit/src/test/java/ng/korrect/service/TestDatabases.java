package ng.korrect.service;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** The machine's PostgreSQL for tests, in throwaway schemas; tests are skipped where none answers. */
public final class TestDatabases {

    /** {@code KORRECT_TEST_DATABASE_URL}, or the machine's PostgreSQL on its usual port. */
    public static final String POSTGRES_URL = System.getenv().getOrDefault("KORRECT_TEST_DATABASE_URL",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres&connectTimeout=2");

    private TestDatabases() {
    }

    /** Whether the PostgreSQL answers. */
    public static boolean postgresAnswers() {
        try (Connection ignored = DriverManager.getConnection(POSTGRES_URL)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** A schema name no other run uses. */
    public static String throwawaySchema() {
        return "kit_test_" + UUID.randomUUID().toString().replace("-", "");
    }

    /** Drops the schema and everything in it. */
    public static void dropSchema(String url, String schema) {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop " + schema, e);
        }
    }
}
