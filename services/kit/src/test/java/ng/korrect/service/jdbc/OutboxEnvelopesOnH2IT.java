package ng.korrect.service.jdbc;

import java.nio.file.Path;
import ng.korrect.service.Database;
import org.junit.jupiter.api.io.TempDir;

class OutboxEnvelopesOnH2IT extends OutboxEnvelopesContract {

    @TempDir
    Path dataDir;

    @Override
    Database open() {
        return JdbcTestDatabases.h2(dataDir);
    }
}
