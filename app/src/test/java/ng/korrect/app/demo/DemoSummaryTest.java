package ng.korrect.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import ng.korrect.catalog.EventType;
import org.junit.jupiter.api.Test;

class DemoSummaryTest {

    private static final DemoSummary.Effect SEEN = new DemoSummary.Effect("platform: Ada was welcomed", true, "");

    @Test
    void shouldPassWithEveryEventTypeAndEveryEffect() {
        DemoSummary summary = new DemoSummary(EnumSet.allOf(EventType.class), List.of(SEEN));

        assertThat(summary.exitStatus()).isZero();
        assertThat(summary.lines()).contains("Event types seen: 21 of 21", "Consumer effects observed: 1 of 1",
                "  ok       platform: Ada was welcomed",
                "Demo passed: all 21 event types seen and every expected effect observed.");
    }

    @Test
    void shouldFailNamingAnEventTypeThatWasNotSeen() {
        Set<EventType> seen = EnumSet.allOf(EventType.class);
        seen.remove(EventType.DISPUTE_ESCALATED);

        DemoSummary summary = new DemoSummary(seen, List.of(SEEN));

        assertThat(summary.exitStatus()).isEqualTo(1);
        assertThat(summary.missingTypes()).containsExactly(EventType.DISPUTE_ESCALATED);
        assertThat(summary.lines()).contains("Event types seen: 20 of 21", "  MISSING event type dispute.escalated",
                "Demo FAILED: 1 event type(s) and 0 effect(s) missing.");
    }

    @Test
    void shouldPassWithoutAnEventTypeThatIsNotDueOnThePlatformAndSayWhy() {
        Set<EventType> seen = EnumSet.allOf(EventType.class);
        seen.remove(EventType.DISPUTE_ESCALATED);

        DemoSummary summary = new DemoSummary(seen, List.of(SEEN),
                java.util.Map.of(EventType.DISPUTE_ESCALATED, "disputes escalate after 7 days here"));

        assertThat(summary.exitStatus()).isZero();
        assertThat(summary.lines()).contains("Event types seen: 20 of 21",
                "  not due  dispute.escalated: disputes escalate after 7 days here",
                "Demo passed: 20 of 21 event types seen (the others not due on this platform) and every expected effect observed.");
    }

        @Test
    void shouldFailNamingAMissingEffectWithItsHint() {
        DemoSummary.Effect missing = new DemoSummary.Effect("platform: the admin's inbox has the dispute.escalated notification",
                false, "needs KORRECT_DISPUTE_ESCALATION_DAYS=0 on the platform");

        DemoSummary summary = new DemoSummary(EnumSet.allOf(EventType.class), List.of(SEEN, missing));

        assertThat(summary.exitStatus()).isEqualTo(1);
        assertThat(summary.missingEffects()).containsExactly(missing);
        assertThat(summary.lines()).contains("Consumer effects observed: 1 of 2",
                "  MISSING  platform: the admin's inbox has the dispute.escalated notification "
                        + "(needs KORRECT_DISPUTE_ESCALATION_DAYS=0 on the platform)",
                "Demo FAILED: 0 event type(s) and 1 effect(s) missing.");
    }

    @Test
    void shouldFailWhenNothingWasSeen() {
        DemoSummary summary = new DemoSummary(Set.of(), List.of());

        assertThat(summary.passed()).isFalse();
        assertThat(summary.missingTypes()).hasSize(21);
    }
}
