package ng.korrect.app.chaos;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;

/**
 * What a crash-test run did and found, by count, and every violation with what was expected and found.
 *
 * @param seed the run's seed
 * @param kills SIGKILLs of the platform's JVM
 * @param redisKills SIGKILLs of the embedded Redis
 * @param databaseCuts breaks of every database connection
 * @param requests requests the workload sent
 * @param acknowledged answered 2xx
 * @param otherStatus answered with another status
 * @param unknown not answered: may or may not have happened
 * @param backPressure answered 503 {@code busy} with a {@code Retry-After}, and sent again after that wait
 * @param foundAfterwards acknowledged records (and their steps) found as expected afterwards
 * @param eventsOnTheWire entries on the event streams
 * @param eventTypesOnTheWire how many of the catalog's types have entries
 * @param typesMissing the catalog's types without any entry
 * @param outboxRows rows in the services' outboxes at the end
 * @param notifications the platform's notifications at the end
 * @param notificationsExpected notifications the events on the wire call for (recipients that still exist)
 * @param profilesChecked artisan profiles whose figures were compared with the wire
 * @param elapsed how long the run took
 * @param violations everything found wrong
 */
public record ChaosReport(long seed, int kills, int redisKills, int databaseCuts, long requests, long acknowledged,
                          long otherStatus, long unknown, long backPressure, int foundAfterwards, int eventsOnTheWire, int eventTypesOnTheWire, List<String> typesMissing,
                          int outboxRows, int notifications, int notificationsExpected, int profilesChecked, Duration elapsed,
                          List<Violation> violations) {

    public ChaosReport {
        violations = List.copyOf(violations);
        typesMissing = List.copyOf(typesMissing);
    }

    /** Whether nothing was found wrong. */
    public boolean passed() {
        return violations.isEmpty();
    }

    /** The violations, each as one line of text. */
    public List<String> violationLines() {
        return violations.stream().map(Violation::toString).toList();
    }

    /** Prints the report. */
    public void print(PrintWriter out) {
        out.println();
        out.println("Crash test report (seed " + seed + ", " + elapsed.toSeconds() + " s)");
        out.printf("  kills                %d of the platform (SIGKILL), %d of its Redis, %d database cuts%n", kills, redisKills,
                databaseCuts);
        out.printf("  requests sent        %d: answered 2xx %d, answered otherwise %d, no answer (unknown) %d%n", requests,
                acknowledged, otherStatus, unknown);
        out.printf("  back-pressure        %d answers 503 busy with Retry-After, each sent again after that wait%n", backPressure);
        out.printf("  found afterwards     %d acknowledged records and steps as expected%n", foundAfterwards);
        out.printf("  events on the wire   %d entries of %d of 21 types%s; %d outbox rows%n", eventsOnTheWire, eventTypesOnTheWire,
                typesMissing.isEmpty() ? "" : " (none of " + String.join(", ", typesMissing) + ")", outboxRows);
        out.printf("  consumer effects     %d notifications (%d called for by the wire); figures of %d profiles compared%n",
                notifications, notificationsExpected, profilesChecked);
        out.printf("  violations           %d%n", violations.size());
        violations.forEach(violation -> out.println("    - " + violation));
        out.println(passed() ? "Crash test passed." : "Crash test FAILED: replay with --seed " + seed + ".");
        out.flush();
    }
}
