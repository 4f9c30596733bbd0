package ng.korrect.service.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

class SqlOnH2IT extends SqlContract {

    @RegisterExtension
    final JdbcTestDatabase database = JdbcTestDatabase.h2();

    @Override
    JdbcTestDatabase database() {
        return database;
    }
}
