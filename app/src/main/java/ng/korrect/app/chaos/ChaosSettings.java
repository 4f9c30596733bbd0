package ng.korrect.app.chaos;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one crash-test run does: the seed of every random choice, how many times the platform is killed,
 * how many actors send requests and how many requests a round between two kills has, and where it runs.
 *
 * @param seed the seed of the workload's and the kills' random choices; the same seed replays the same choices
 * @param kills how many times the platform's JVM is killed with SIGKILL (at least 1)
 * @param actors how many concurrent actors send requests (at least 1)
 * @param requestsPerRound about how many requests the actors send between two kills (at least 5)
 * @param databaseUrl a PostgreSQL JDBC URL to run on, behind the harness's proxy; empty: embedded H2
 * @param workDirectory the folder in which the run's own folder is created
 * @param keep whether the run's folder (data, logs) is kept at the end
 * @param portVariables the variables that set each service's port (each set to 0, a free port)
 */
public record ChaosSettings(long seed, int kills, int actors, int requestsPerRound, Optional<String> databaseUrl,
                            Path workDirectory, boolean keep, List<String> portVariables) {

    /** Kills per run unless told otherwise. */
    public static final int DEFAULT_KILLS = 10;
    /** Actors unless told otherwise. */
    public static final int DEFAULT_ACTORS = 4;
    /** Requests per round unless told otherwise. */
    public static final int DEFAULT_REQUESTS_PER_ROUND = 60;

    /** Checks every setting, naming the one that is wrong. */
    public ChaosSettings {
        Objects.requireNonNull(databaseUrl, "databaseUrl");
        Objects.requireNonNull(workDirectory, "workDirectory");
        portVariables = List.copyOf(portVariables);
        if (kills < 1) {
            throw new IllegalArgumentException("--kills must be at least 1, was " + kills);
        }
        if (actors < 1 || actors > 64) {
            throw new IllegalArgumentException("--actors must be 1 to 64, was " + actors);
        }
        if (requestsPerRound < 5) {
            throw new IllegalArgumentException("--requests-per-round must be at least 5, was " + requestsPerRound);
        }
        databaseUrl.filter(url -> !url.startsWith("jdbc:postgresql://")).ifPresent(url -> {
            throw new IllegalArgumentException("--database-url must be a jdbc:postgresql:// URL, was " + url);
        });
    }

    /** Whether the run is on PostgreSQL (with the connection break) rather than the embedded databases. */
    public boolean onPostgres() {
        return databaseUrl.isPresent();
    }
}
