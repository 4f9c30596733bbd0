package ng.korrect.service.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

class OutboxEnvelopesOnH2IT extends OutboxEnvelopesContract {

    @RegisterExtension
    final JdbcTestDatabase database = JdbcTestDatabase.h2();

    @Override
    JdbcTestDatabase database() {
        return database;
    }
}
