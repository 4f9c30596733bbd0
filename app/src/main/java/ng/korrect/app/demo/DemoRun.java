package ng.korrect.app.demo;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import ng.korrect.catalog.EventType;

/**
 * One run of the demo against a platform that answers: follows the event trail, plays the story, waits
 * for the trail to settle, prints the summary and returns the exit status (0 when every event type and
 * every expected effect was seen, 1 otherwise).
 */
public final class DemoRun {

    private DemoRun() {
    }

    /** Plays the demo against those endpoints, printing to {@code out}, and returns its verdict. */
    public static DemoSummary play(DemoEndpoints endpoints, PrintWriter out) {
        List<DemoSummary.Effect> effects;
        Map<EventType, String> notDue = Map.of();
        DemoSummary summary;
        try (EventTrail trail = EventTrail.follow(endpoints.redisUrl(), out)) {
            out.println("Event trail (time, type, source, correlation id, consumer groups that handled it):");
            try {
                DemoStory story = new DemoStory(endpoints, out, trail);
                effects = story.play();
                notDue = story.notDue();
            } catch (StoryStep.StoryException e) {
                out.println("The story stopped: " + e.getMessage());
                effects = List.of(new DemoSummary.Effect("the story ran to its end", false, e.getMessage()));
            }
            try {
                trail.awaitPrinted(EventTrail.PATIENCE.plusSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            summary = new DemoSummary(trail.seenTypes(), effects, notDue);
        }
        out.println();
        summary.lines().forEach(out::println);
        out.flush();
        return summary;
    }

    /** Whether every service of those endpoints answers {@code /health/ready}. */
    public static boolean platformAnswers(DemoEndpoints endpoints) {
        return List.of(endpoints.usersUrl(), endpoints.artisanUrl(), endpoints.transactionUrl(), endpoints.messagingUrl(),
                endpoints.platformUrl()).stream().allMatch(url -> new JsonHttp(url).ready());
    }
}
