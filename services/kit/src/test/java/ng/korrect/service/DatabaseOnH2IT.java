package ng.korrect.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import ng.korrect.catalog.ServiceName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseOnH2IT extends DatabaseContract {

    @TempDir
    Path dataDir;

    @Override
    Database open() {
        return Database.open(config());
    }

    @Test
    void shouldKeepOneFilePerServiceUnderTheDataDirectory() {
        assertThat(dataDir.resolve("users.mv.db")).exists();
        assertThat(database().schema()).isEqualTo("users");
    }

    @Test
    void shouldNotMigrateTwiceWhenOpenedAgain() {
        database().close();
        try (Database again = Database.open(config())) {
            assertThat(again.migrationsApplied()).isZero();
        }
    }

    @Test
    void shouldWriteEachCommitBeforeItReturns() throws java.sql.SQLException {
        try (java.sql.Connection connection = database().dataSource().getConnection();
             java.sql.ResultSet setting = connection.createStatement().executeQuery(
                     "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            assertThat(setting.next()).isTrue();
            assertThat(setting.getString(1)).isEqualTo("0");
        }
    }

    @Test
    void shouldGiveTheRelayABarrierThatWritesWhatIsCommittedToTheFile() throws Exception {
        try (java.sql.Connection connection = database().dataSource().getConnection()) {
            connection.createStatement().execute("INSERT INTO notes (id, owner_id, title) VALUES (RANDOM_UUID(), 'u', 't')");
        }

        database().durabilityBarrier().awaitDurable();

        assertThat(database().durabilityBarrier()).isNotSameAs(ng.korrect.bus.outbox.DurabilityBarrier.NONE);
    }

    private ServiceConfig config() {
        return ServiceConfig.fromMap(ServiceName.USERS, Map.of("KORRECT_DATA_DIR", dataDir.toString()));
    }
}
