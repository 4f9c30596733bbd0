package ng.korrect.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.ServiceName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code korrect demo} end to end: the five services together in this process, through their APIs. */
class DemoIT {

    @Test
    void shouldPlayTheWholeStoryOnItsOwnPlatformSeeEveryEventTypeAndEveryEffectAndExitZero() {
        StringWriter output = new StringWriter();
        StringWriter errors = new StringWriter();

        int status = new CommandLine(new KorrectApp()).setOut(new PrintWriter(output, true))
                .setErr(new PrintWriter(errors, true)).execute("demo", "--own-platform");

        String printed = output.toString();
        assertThat(status).as(printed + errors).isZero();
        for (EventType type : EventType.values()) {
            assertThat(printed).as("a trail line for " + type.wireName())
                    .containsPattern("(?m)^  \\S+Z  " + java.util.regex.Pattern.quote(type.wireName()) + " +from ");
        }
        assertThat(printed).contains("Event types seen: 21 of 21")
                .containsPattern("Consumer effects observed: (\\d+) of \\1")
                .contains("Demo passed: all 21 event types seen and every expected effect observed.")
                .contains("corr demo-").doesNotContain("MISSING");
        assertThat(printed).containsPattern("booking\\.created .*handled by (platform, artisan|artisan, platform)");
        assertThat(printed).containsPattern("user\\.deleted .*handled by .*users");
        java.util.regex.Matcher logLine = java.util.regex.Pattern.compile("its log goes to (\\S+)").matcher(printed);
        assertThat(logLine.find()).as(printed).isTrue();
        Path logFile = Path.of(logLine.group(1));
        assertThat(logFile).content().as("the platform's log lines, kept apart from the story")
                .contains("embedded Redis").contains("users");
        logFile.toFile().delete();
    }

    @Test
    void shouldPlayAgainstARunningPlatformWithTheAdminAndRedisItKeptAndNameTheEscalationAsNotDue(@TempDir Path dataDir) {
        Map<String, String> env = new HashMap<>(DemoCommand.ownEnvironment(dataDir, "unused"));
        env.remove("KORRECT_ADMIN_PASSWORD"); // as korrect up: a generated password, kept in the data directory
        env.remove("KORRECT_DISPUTE_ESCALATION_DAYS"); // a platform as deployed: disputes escalate after 7 days
        try (Platform running = Platform.start(PlatformSettings.fromMap(env), List.of())) {
            StringWriter output = new StringWriter();

            int status = new CommandLine(new KorrectApp()).setOut(new PrintWriter(output, true)).execute("demo",
                    "--users-url", url(running, ServiceName.USERS), "--artisan-url", url(running, ServiceName.ARTISAN),
                    "--transaction-url", url(running, ServiceName.TRANSACTION),
                    "--messaging-url", url(running, ServiceName.MESSAGING),
                    "--platform-url", url(running, ServiceName.PLATFORM), "--data-dir", dataDir.toString());

            String printed = output.toString();
            assertThat(status).as(printed).isZero();
            assertThat(printed).contains("Playing the demo against the running platform")
                    .contains("dispute.escalated is not due before ")
                    .contains("Event types seen: 20 of 21", "  not due  dispute.escalated: this platform escalates")
                    .contains("Demo passed: 20 of 21 event types seen (the others not due on this platform)")
                    .doesNotContain("MISSING");
        }
    }

    private static String url(Platform platform, ServiceName service) {
        return "http://127.0.0.1:" + platform.ports().get(service);
    }
}
