package ng.korrect.service.jdbc;

import ng.korrect.service.Database;
import ng.korrect.service.TestDatabases;
import org.junit.jupiter.api.AfterEach;

class OutboxEnvelopesOnPostgresIT extends OutboxEnvelopesContract {

    private final String schema = TestDatabases.throwawaySchema();

    @Override
    Database open() {
        return JdbcTestDatabases.postgres(schema);
    }

    @AfterEach
    void dropSchema() {
        JdbcTestDatabases.dropPostgres(schema);
    }
}
