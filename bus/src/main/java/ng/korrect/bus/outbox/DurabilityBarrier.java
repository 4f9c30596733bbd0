package ng.korrect.bus.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * What the outbox relay waits for before it publishes rows it read: that the transactions which wrote
 * them are on storage, so that no event reaches Redis whose row a crash could still take back.
 *
 * <p>PostgreSQL shows a commit to other transactions only once it is durable, so it needs nothing
 * ({@link #NONE}). H2 shows a commit as soon as it is in memory, and writes it to its file right after,
 * in the committing thread: a relay reading in between would publish an event whose row a {@code kill -9}
 * at that instant loses. {@link #h2Checkpoint(DataSource)} closes that window.
 */
@FunctionalInterface
public interface DurabilityBarrier {

    /** For databases whose commits are durable before they are visible. */
    DurabilityBarrier NONE = () -> { };

    /** Returns once every transaction committed before the call is on storage. */
    void awaitDurable() throws SQLException;

    /**
     * H2's {@code CHECKPOINT} on a connection of its own: it takes the store's lock, so it waits for a
     * write in progress and then writes whatever is committed in memory, before it returns.
     */
    static DurabilityBarrier h2Checkpoint(DataSource dataSource) {
        return () -> {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("CHECKPOINT");
            }
        };
    }
}
