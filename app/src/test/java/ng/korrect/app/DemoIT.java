package ng.korrect.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import ng.korrect.catalog.EventType;
import org.junit.jupiter.api.Test;
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
    }
}
