package ng.korrect.service;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import ng.korrect.catalog.ServiceName;

/**
 * The child process of {@link CommitsSurviveAKilledProcessIT}: opens a service database as a service does
 * and commits notes from several threads, printing each note's id once its commit has returned, until it
 * is killed. Arguments: the data directory, then optionally a {@code DATABASE_URL} and a schema.
 */
public final class CommittingProcess {

    private static final int WRITERS = 4;

    private CommittingProcess() {
    }

    /** Commits notes until killed. */
    public static void main(String[] args) throws InterruptedException {
        Map<String, String> env = new HashMap<>(Map.of("KORRECT_DATA_DIR", args[0]));
        if (args.length > 2) {
            env.put("DATABASE_URL", args[1]);
        }
        ServiceConfig config = ServiceConfig.fromMap(ServiceName.USERS, env);
        Database database = args.length > 2 ? Database.open(config, args[2]) : Database.open(config);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println("open");
        Thread[] writers = new Thread[WRITERS];
        for (int i = 0; i < WRITERS; i++) {
            writers[i] = Thread.ofPlatform().start(() -> commitForever(database, out));
        }
        for (Thread writer : writers) {
            writer.join();
        }
    }

    private static void commitForever(Database database, PrintStream out) {
        while (true) {
            UUID id = UUID.randomUUID();
            try (Connection connection = database.dataSource().getConnection()) {
                connection.setAutoCommit(false);
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO notes (id, owner_id, title) VALUES (?, 'crash', 'committed before the kill')")) {
                    insert.setObject(1, id);
                    insert.executeUpdate();
                }
                connection.commit();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            synchronized (out) {
                out.println(id);
            }
        }
    }
}
