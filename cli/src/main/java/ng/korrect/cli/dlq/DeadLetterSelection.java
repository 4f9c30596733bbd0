package ng.korrect.cli.dlq;

import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.sync.RedisCommands;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import ng.korrect.catalog.EventType;
import ng.korrect.cli.CommandException;
import ng.korrect.cli.catalog.EventTypeConverter;
import ng.korrect.cli.redis.EntryIds;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Which dead letters a {@code dlq} command acts on: those of one type or all, of one group or all,
 * or exactly the entries named with {@code --id}. Mixed into list, replay and purge.
 */
public final class DeadLetterSelection {

    private static final int PAGE = 500;

    @Parameters(paramLabel = "TYPE", arity = "0..1", converter = EventTypeConverter.class,
            description = "Only the dead letters of this event type (default: every type).")
    private EventType type;

    @Option(names = "--group", paramLabel = "GROUP", description = "Only the dead letters that this consumer group failed.")
    private String group;

    @Option(names = "--id", paramLabel = "ENTRY", arity = "1..*",
            description = "Only these dead letters: TYPE/ID as dlq list shows them, or an ID alone when the TYPE is given.")
    private List<String> ids = new ArrayList<>();

    /** The selected dead letters, type by type in catalog order, oldest first. */
    List<DeadLetter> select(RedisCommands<String, byte[]> redis) {
        Set<String> wanted = wantedReferences();
        List<DeadLetter> selected = new ArrayList<>();
        for (EventType candidate : types()) {
            for (DeadLetter deadLetter : readAll(redis, candidate)) {
                boolean groupMatches = group == null || deadLetter.group().filter(group::equals).isPresent();
                boolean idMatches = wanted.isEmpty() || wanted.contains(deadLetter.reference());
                if (groupMatches && idMatches) {
                    selected.add(deadLetter);
                }
            }
        }
        return selected;
    }

    /** What the selection is, for messages: {@code booking.created dead letters of group artisan}. */
    String describe() {
        return (type == null ? "" : type.wireName() + " ") + "dead letters" + (group == null ? "" : " of group " + group)
                + (ids.isEmpty() ? "" : " among " + String.join(", ", ids));
    }

    /** The references given with {@code --id} that match no dead letter. */
    List<String> missing(List<DeadLetter> selected) {
        Set<String> found = new LinkedHashSet<>();
        selected.forEach(deadLetter -> found.add(deadLetter.reference()));
        return wantedReferences().stream().filter(reference -> !found.contains(reference)).toList();
    }

    private List<EventType> types() {
        if (type != null) {
            return List.of(type);
        }
        Set<EventType> named = new LinkedHashSet<>();
        wantedReferences().forEach(reference -> named.add(EventType.fromWireName(reference.substring(0, reference.indexOf('/'))).orElseThrow()));
        return named.isEmpty() ? Arrays.asList(EventType.values()) : List.copyOf(named);
    }

    private Set<String> wantedReferences() {
        Set<String> references = new LinkedHashSet<>();
        for (String id : ids) {
            references.add(reference(id, Optional.ofNullable(type)));
        }
        return references;
    }

    /** A dead letter's reference, {@code TYPE/ID}, from what an operator wrote. */
    static String reference(String text, Optional<EventType> typeGiven) {
        int slash = text.lastIndexOf('/');
        if (slash < 0) {
            EventType known = typeGiven.orElseThrow(() -> CommandException.usage(
                    "'" + text + "' names no type: write TYPE/ID, e.g. booking.created/1732650160123-0"));
            return reference(known.wireName() + "/" + text, typeGiven);
        }
        String typeName = text.substring(0, slash);
        String id = text.substring(slash + 1);
        EventType named = EventType.fromWireName(typeName).orElseThrow(() -> CommandException.usage(
                "'" + text + "': unknown event type '" + typeName + "'"));
        if (!EntryIds.isEntryId(id) || !id.contains("-")) {
            throw CommandException.usage("'" + text + "': '" + id + "' is not an entry id like 1732650160123-0");
        }
        if (typeGiven.isPresent() && typeGiven.get() != named) {
            throw CommandException.usage("'" + text + "' is not a " + typeGiven.get().wireName() + " dead letter");
        }
        return named.wireName() + "/" + id;
    }

    static List<DeadLetter> readAll(RedisCommands<String, byte[]> redis, EventType type) {
        List<DeadLetter> all = new ArrayList<>();
        Range.Boundary<String> from = Range.Boundary.unbounded();
        while (true) {
            List<StreamMessage<String, byte[]>> page = redis.xrange(type.deadLetterKey(),
                    Range.from(from, Range.Boundary.unbounded()), Limit.from(PAGE));
            for (StreamMessage<String, byte[]> message : page) {
                all.add(new DeadLetter(type, message.getId(), message.getBody()));
                from = Range.Boundary.excluding(message.getId());
            }
            if (page.size() < PAGE) {
                return all;
            }
        }
    }
}
