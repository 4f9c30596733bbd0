package ng.korrect.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import ng.korrect.catalog.ServiceName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DatabaseOnPostgresIT extends DatabaseContract {

    private final String schema = TestDatabases.throwawaySchema();

    @BeforeAll
    static void requirePostgres() {
        Assumptions.assumeTrue(TestDatabases.postgresAnswers(), "no PostgreSQL at " + TestDatabases.POSTGRES_URL);
    }

    @Override
    Database open() {
        return Database.open(ServiceConfig.fromMap(ServiceName.USERS,
                Map.of("DATABASE_URL", TestDatabases.POSTGRES_URL)), schema);
    }

    @AfterEach
    void dropSchema() {
        TestDatabases.dropSchema(TestDatabases.POSTGRES_URL, schema);
    }

    @Test
    void shouldNeedNoBarrierBeforeTheRelayPublishesSinceCommitsAreDurableBeforeTheyAreVisible() {
        assertThat(database().durabilityBarrier()).isSameAs(ng.korrect.bus.outbox.DurabilityBarrier.NONE);
    }

        @Test
    void shouldKeepTheServiceTablesInItsOwnSchema() {
        assertThat(database().schema()).isEqualTo(schema);
        assertThat(database().migrationsApplied()).isEqualTo(1);
    }
}
