package ng.korrect.app.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ng.korrect.catalog.EventType;

/**
 * The demo's verdict from what it observed: every catalog event type seen, but those the platform's
 * settings do not let happen during a demo, and every expected consumer effect observed. Pure: the lines to
 * print and whether the run passed.
 *
 * @param seenTypes the event types read from the streams during the run
 * @param effects the effects the story expected, each observed or not
 * @param notDue the event types not expected on this platform, with the reason (e.g. disputes escalate after days)
 */
public record DemoSummary(Set<EventType> seenTypes, List<Effect> effects, Map<EventType, String> notDue) {

    /** Copies its arguments. */
    public DemoSummary {
        seenTypes = Set.copyOf(seenTypes);
        effects = List.copyOf(effects);
        notDue = Map.copyOf(notDue);
    }

    /** A verdict where every event type was due. */
    public DemoSummary(Set<EventType> seenTypes, List<Effect> effects) {
        this(seenTypes, effects, Map.of());
    }

    /**
     * One consumer effect the story looked for.
     *
     * @param description what should have happened, e.g. "platform: Dayo was notified of the booking"
     * @param observed whether it was seen through the consuming service's API
     * @param hint what to do when it was not, or ""
     */
    public record Effect(String description, boolean observed, String hint) {
    }

    /** The catalog's event types not seen, of those due. */
    public List<EventType> missingTypes() {
        return Arrays.stream(EventType.values())
                .filter(type -> !seenTypes.contains(type) && !notDue.containsKey(type)).toList();
    }

    /** The effects not observed. */
    public List<Effect> missingEffects() {
        return effects.stream().filter(effect -> !effect.observed()).toList();
    }

    /** Whether everything expected was seen. */
    public boolean passed() {
        return missingTypes().isEmpty() && missingEffects().isEmpty();
    }

    /** The exit status of the demo: 0 when everything expected was seen, 1 otherwise. */
    public int exitStatus() {
        return passed() ? 0 : 1;
    }

    /** The summary as printed at the end of the demo. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        int total = EventType.values().length;
        long seen = Arrays.stream(EventType.values()).filter(seenTypes::contains).count();
        lines.add("Event types seen: " + seen + " of " + total);
        missingTypes().forEach(type -> lines.add("  MISSING event type " + type.wireName()));
        notDue.entrySet().stream().filter(entry -> !seenTypes.contains(entry.getKey())).forEach(entry ->
                lines.add("  not due  " + entry.getKey().wireName() + ": " + entry.getValue()));
        long observed = effects.size() - missingEffects().size();
        lines.add("Consumer effects observed: " + observed + " of " + effects.size());
        for (Effect effect : effects) {
            lines.add((effect.observed() ? "  ok       " : "  MISSING  ") + effect.description()
                    + (effect.observed() || effect.hint().isEmpty() ? "" : " (" + effect.hint() + ")"));
        }
        lines.add(passed() ? "Demo passed: " + (seen == total ? "all " + total : seen + " of " + total)
                + " event types seen" + (seen == total ? "" : " (the others not due on this platform)")
                + " and every expected effect observed."
                : "Demo FAILED: " + missingTypes().size() + " event type(s) and " + missingEffects().size()
                        + " effect(s) missing.");
        return lines;
    }
}
