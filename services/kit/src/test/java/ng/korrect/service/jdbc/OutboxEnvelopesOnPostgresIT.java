package ng.korrect.service.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

class OutboxEnvelopesOnPostgresIT extends OutboxEnvelopesContract {

    @RegisterExtension
    final JdbcTestDatabase database = JdbcTestDatabase.postgres();

    @Override
    JdbcTestDatabase database() {
        return database;
    }
}
