package ng.korrect.service.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

class SqlOnPostgresIT extends SqlContract {

    @RegisterExtension
    final JdbcTestDatabase database = JdbcTestDatabase.postgres();

    @Override
    JdbcTestDatabase database() {
        return database;
    }
}
