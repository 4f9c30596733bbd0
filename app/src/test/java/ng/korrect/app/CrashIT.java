package ng.korrect.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import ng.korrect.app.chaos.ChaosReport;
import ng.korrect.app.chaos.ChaosRun;
import ng.korrect.app.chaos.ChaosSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash test in its CI form ({@code korrect chaos} with 3 kills, the Redis kill and a small load): nothing
 * acknowledged is lost, nothing is on the wire twice, every consumer effect happened once, nothing is left
 * stuck, on the embedded defaults and, when {@code KORRECT_TEST_DATABASE_URL} names a PostgreSQL, on it with
 * its connections cut once. {@code KORRECT_CHAOS_SEED} replays a seed that failed.
 */
class CrashIT {

    private static final int KILLS = 3;
    private static final int ACTORS = 3;
    private static final int REQUESTS_PER_ROUND = 30;
    private static final int HEAVY_ACTORS = 16;
    private static final int HEAVY_REQUESTS_PER_ROUND = 300;

    @TempDir
    Path workDir;

    @Test
    void shouldLoseDuplicateAndStrandNothingWhenKilledOnTheEmbeddedDefaults() {
        assertSurvived(run(Optional.empty()), false);
    }

    /**
     * Many actors at once after each restart: the load under which H2's row-lock waiters once took every
     * carrier thread of the platform's virtual threads (no service answered again), and under which a
     * relay once published an event whose row the kill then took back.
     */
    @Test
    void shouldStayAnsweringAndLoseNothingUnderHeavyLoadOnTheEmbeddedDefaults() {
        assertSurvived(run(Optional.empty(), HEAVY_ACTORS, HEAVY_REQUESTS_PER_ROUND), false);
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "KORRECT_TEST_DATABASE_URL", matches = "jdbc:postgresql:.+")
    void shouldLoseDuplicateAndStrandNothingWhenKilledOnPostgresWithItsConnectionsCut() {
        assertSurvived(run(Optional.of(System.getenv("KORRECT_TEST_DATABASE_URL"))), true);
    }

    private record Outcome(ChaosReport report, String printed) {
    }

    private Outcome run(Optional<String> databaseUrl) {
        return run(databaseUrl, ACTORS, REQUESTS_PER_ROUND);
    }

    private Outcome run(Optional<String> databaseUrl, int actors, int requestsPerRound) {
        long seed = Optional.ofNullable(System.getenv("KORRECT_CHAOS_SEED")).map(Long::parseLong)
                .orElseGet(() -> ThreadLocalRandom.current().nextLong());
        StringWriter printed = new StringWriter();
        PrintWriter out = new PrintWriter(printed, true);
        out.println("Seed: " + seed);
        ChaosReport report = ChaosRun.play(ChaosCommand.settings(seed, KILLS, actors, requestsPerRound, databaseUrl, workDir,
                false), out);
        System.out.println(printed);
        return new Outcome(report, printed.toString());
    }

    private static void assertSurvived(Outcome outcome, boolean databaseCut) {
        ChaosReport report = outcome.report();
        String seed = "seed " + report.seed() + " (replay: KORRECT_CHAOS_SEED=" + report.seed() + ")\n" + outcome.printed();
        assertThat(report.violationLines()).as(seed).isEmpty();
        assertThat(report.kills()).as(seed).isGreaterThanOrEqualTo(KILLS);
        assertThat(report.redisKills()).as(seed).isEqualTo(1);
        assertThat(report.databaseCuts()).as(seed).isEqualTo(databaseCut ? 1 : 0);
        assertThat(report.acknowledged()).as(seed).isGreaterThanOrEqualTo(80);
        assertThat(report.foundAfterwards()).as(seed).isGreaterThanOrEqualTo(40);
        assertThat(report.eventTypesOnTheWire()).as(seed).isGreaterThanOrEqualTo(15);
        assertThat(report.notificationsExpected()).as(seed).isGreaterThanOrEqualTo(30);
        assertThat(report.elapsed()).as(seed).isLessThan(Duration.ofMinutes(3));
    }
}
