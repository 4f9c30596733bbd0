package ng.korrect.cli.tail;

import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import ng.korrect.catalog.EventCodec;
import ng.korrect.catalog.EventType;
import ng.korrect.cli.CommandException;
import ng.korrect.cli.catalog.EventTypeConverter;
import ng.korrect.cli.output.Json;
import ng.korrect.cli.redis.EntryIds;
import ng.korrect.cli.redis.RedisOptions;
import ng.korrect.cli.redis.RedisSession;
import ng.korrect.cli.redis.StreamPosition;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code korrect tail}: prints events as they arrive, one line each, with plain range reads that no
 * consumer group sees. Each stream is read with a command of its own (no multi-key reads, so it works
 * on a cluster), and each round's entries are printed in time order.
 */
@Command(name = "tail",
        description = {
            "Print events as they arrive: time, type, source, correlation id and a short payload.",
            "Reads without consumer groups, so no service is disturbed; follows until Ctrl-C."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:done (limit reached, caught up with --no-follow, or interrupted)", "2:a usage error, or Redis cannot be reached"})
public final class TailCommand implements Callable<Integer> {

    private static final int BATCH = 200;
    private static final long IDLE_POLL_MILLIS = 200;

    @Spec
    private CommandSpec spec;

    @Mixin
    private RedisOptions redis;

    @Parameters(paramLabel = "TYPE", arity = "0..*", converter = EventTypeConverter.class,
            description = "The event types to follow (default: all of them).")
    private List<EventType> types = new ArrayList<>();

    @Option(names = "--from", paramLabel = "ID|TIME",
            description = "Start at an entry id, a time (2026-11-27T03:00:00Z, or 15m, 2h, 1d ago) or 'latest' (default).")
    private String from;

    @Option(names = "--correlation", paramLabel = "ID", description = "Only the events of that correlation id, across all streams.")
    private String correlation;

    @Option(names = "--limit", paramLabel = "N", description = "Stop after N events.")
    private Integer limit;

    @Option(names = "--no-follow", description = "Stop once every stream is read to its end.")
    private boolean noFollow;

    @Option(names = "--json", description = "Print one JSON object per line.")
    private boolean json;

    @Override
    public Integer call() throws InterruptedException {
        if (limit != null && limit < 1) {
            throw CommandException.usage("--limit must be at least 1, was " + limit);
        }
        StreamPosition start = from == null ? new StreamPosition.Latest() : StreamPosition.parse(from);
        List<EventType> followed = types.isEmpty() ? Arrays.asList(EventType.values()) : List.copyOf(new LinkedHashSet<>(types));
        EventCodec codec = EventCodec.create();
        PrintWriter out = spec.commandLine().getOut();
        try (RedisSession session = redis.connect()) {
            RedisCommands<String, byte[]> commands = session.commands();
            Map<EventType, Range.Boundary<String>> cursors = new EnumMap<>(EventType.class);
            for (EventType type : followed) {
                cursors.put(type, startOf(commands, type, start));
            }
            int printed = 0;
            while (true) {
                List<TailedEntry> round = new ArrayList<>();
                boolean full = false;
                for (EventType type : followed) {
                    List<StreamMessage<String, byte[]>> batch = commands.xrange(type.streamKey(),
                            Range.from(cursors.get(type), Range.Boundary.unbounded()), Limit.from(BATCH));
                    for (StreamMessage<String, byte[]> message : batch) {
                        round.add(TailedEntry.of(codec, type, message.getId(), message.getBody()));
                        cursors.put(type, Range.Boundary.excluding(message.getId()));
                    }
                    full |= batch.size() == BATCH;
                }
                round.sort(Comparator.comparing(TailedEntry::entryId, EntryIds::compare));
                for (TailedEntry entry : round) {
                    if (correlation != null && !entry.correlationId().filter(correlation::equals).isPresent()) {
                        continue;
                    }
                    if (json) {
                        Json.printLine(out, entry.json());
                    } else {
                        out.println(entry.line());
                    }
                    printed++;
                    if (limit != null && printed >= limit) {
                        out.flush();
                        return ExitCode.OK;
                    }
                }
                out.flush();
                if (round.isEmpty() && noFollow) {
                    return ExitCode.OK;
                }
                if (!full) {
                    Thread.sleep(IDLE_POLL_MILLIS);
                }
            }
        }
    }

    private static Range.Boundary<String> startOf(RedisCommands<String, byte[]> commands, EventType type, StreamPosition start) {
        return switch (start) {
            case StreamPosition.AtEntry entry -> Range.Boundary.including(entry.entryId());
            case StreamPosition.AtTime time -> Range.Boundary.including(time.firstId());
            case StreamPosition.Latest latest -> commands.xrevrange(type.streamKey(), Range.create("-", "+"), Limit.from(1))
                    .stream().findFirst().map(last -> Range.Boundary.excluding(last.getId()))
                    .orElse(Range.Boundary.excluding("0-0"));
        };
    }
}
