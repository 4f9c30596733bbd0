package ng.korrect.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import ng.korrect.app.chaos.ChaosReport;
import ng.korrect.app.chaos.ChaosRun;
import ng.korrect.app.chaos.ChaosSettings;
import ng.korrect.catalog.ServiceName;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code korrect chaos}: the platform crash test. Runs {@code korrect up} in a child process on a fresh data
 * directory under a seeded workload of concurrent actors, kills it with SIGKILL at random instants (and its
 * Redis once, and on PostgreSQL its database connections once), and checks by count that every acknowledged
 * request is there, every event is on the wire exactly once and every consumer effect happened exactly once.
 * Exit status 0 without violations, 1 with any, 2 for bad options.
 */
@Command(name = "chaos", mixinStandardHelpOptions = true,
        description = {"Crash-test the platform: a workload through the APIs while the platform is killed (SIGKILL) and restarted,",
                "then check that nothing acknowledged was lost, duplicated or left stuck. Replay a run with its --seed."})
final class ChaosCommand implements Callable<Integer> {

    @Option(names = "--seed", description = "seed of every random choice (default: random; always printed first)")
    private Long seed;
    @Option(names = "--kills", defaultValue = "" + ChaosSettings.DEFAULT_KILLS, description = "SIGKILLs of the platform (default: ${DEFAULT-VALUE})")
    private int kills;
    @Option(names = "--actors", defaultValue = "" + ChaosSettings.DEFAULT_ACTORS, description = "concurrent actors (default: ${DEFAULT-VALUE})")
    private int actors;
    @Option(names = "--requests-per-round", defaultValue = "" + ChaosSettings.DEFAULT_REQUESTS_PER_ROUND,
            description = "about how many requests between two kills (default: ${DEFAULT-VALUE})")
    private int requestsPerRound;
    @Option(names = "--database-url", paramLabel = "JDBC_URL",
            description = "run on this PostgreSQL (jdbc:postgresql://...), behind a proxy whose connections are cut once")
    private String databaseUrl;
    @Option(names = "--work-dir", defaultValue = "${sys:java.io.tmpdir}", description = "where the run's folder is made (default: ${DEFAULT-VALUE})")
    private Path workDir;
    @Option(names = "--keep", description = "keep the run's folder (data, logs) and PostgreSQL schemas")
    private boolean keep;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        long theSeed = seed != null ? seed : ThreadLocalRandom.current().nextLong();
        out.println("Seed: " + theSeed + "   (replay: korrect chaos --seed " + theSeed + ")");
        out.flush();
        ChaosSettings settings;
        try {
            settings = settings(theSeed, kills, actors, requestsPerRound, Optional.ofNullable(databaseUrl), workDir, keep);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("korrect chaos: " + e.getMessage());
            return CommandLine.ExitCode.USAGE;
        }
        ChaosReport report = ChaosRun.play(settings, out);
        return report.passed() ? CommandLine.ExitCode.OK : CommandLine.ExitCode.SOFTWARE;
    }

    /** The settings of a run, with the variables that put every service on a free port. */
    static ChaosSettings settings(long seed, int kills, int actors, int requestsPerRound, Optional<String> databaseUrl,
                                  Path workDir, boolean keep) {
        List<String> ports = Arrays.stream(ServiceName.values()).map(PlatformSettings::portVariable).toList();
        return new ChaosSettings(seed, kills, actors, requestsPerRound, databaseUrl, workDir, keep, ports);
    }
}
