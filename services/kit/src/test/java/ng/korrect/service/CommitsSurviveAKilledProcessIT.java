package ng.korrect.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import ng.korrect.catalog.ServiceName;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A commit that returned survives a {@code kill -9} of the process that made it: a child process commits
 * notes from several threads and prints each id once its commit returned; it is killed at once, and every
 * printed id must be in the database when it is opened again. With H2's default write delay the notes of
 * the last half second before the kill were missing.
 */
class CommitsSurviveAKilledProcessIT {

    private static final int KILLS = 3;

    @TempDir
    Path dataDir;

    @Test
    void shouldKeepEveryCommitThatReturnedBeforeAKillOnTheEmbeddedDatabase() throws Exception {
        List<String> args = List.of(dataDir.toString());
        for (int kill = 1; kill <= KILLS; kill++) {
            Set<UUID> acknowledged = commitUntilKilled(args, 200 * kill);

            try (Database database = Database.open(ServiceConfig.fromMap(ServiceName.USERS,
                    Map.of("KORRECT_DATA_DIR", dataDir.toString())))) {
                assertThat(missing(database, acknowledged)).as("notes acknowledged before kill %d", kill).isEmpty();
            }
        }
    }

    @Test
    void shouldKeepEveryCommitThatReturnedBeforeAKillOnPostgres() throws Exception {
        Assumptions.assumeTrue(TestDatabases.postgresAnswers(), "no PostgreSQL at " + TestDatabases.POSTGRES_URL);
        String schema = TestDatabases.throwawaySchema();
        try {
            Set<UUID> acknowledged = commitUntilKilled(List.of(dataDir.toString(), TestDatabases.POSTGRES_URL, schema), 400);

            try (Database database = Database.open(ServiceConfig.fromMap(ServiceName.USERS,
                    Map.of("DATABASE_URL", TestDatabases.POSTGRES_URL)), schema)) {
                assertThat(missing(database, acknowledged)).isEmpty();
            }
        } finally {
            TestDatabases.dropSchema(TestDatabases.POSTGRES_URL, schema);
        }
    }

    /** Runs the committing process until it has acknowledged that many notes, kills it, returns what it acknowledged. */
    private static Set<UUID> commitUntilKilled(List<String> args, int notes) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), CommittingProcess.class.getName()));
        command.addAll(args);
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Set<UUID> acknowledged = new HashSet<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("open")) {
                continue; // the child's log lines
            }
            assertThat(line).as("the child opened the database").isNotNull();
            while (acknowledged.size() < notes && (line = out.readLine()) != null) {
                noteId(line).ifPresent(acknowledged::add);
            }
            child.toHandle().destroyForcibly(); // SIGKILL, keeping the pipe open: no shutdown hook, no close of the database
            // what it printed between the last read and the kill was acknowledged too
            while ((line = out.readLine()) != null) {
                noteId(line).ifPresent(acknowledged::add);
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(acknowledged).as("notes acknowledged by the child").hasSizeGreaterThanOrEqualTo(notes);
        return acknowledged;
    }

    private static java.util.Optional<UUID> noteId(String line) {
        try {
            return java.util.Optional.of(UUID.fromString(line));
        } catch (IllegalArgumentException logLine) {
            return java.util.Optional.empty();
        }
    }

    private static Set<UUID> missing(Database database, Set<UUID> acknowledged) throws SQLException {
        Set<UUID> missing = new HashSet<>(acknowledged);
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT id FROM notes");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                missing.remove(rows.getObject(1, UUID.class));
            }
        }
        return missing;
    }
}
