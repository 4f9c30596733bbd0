package ng.korrect.cli.groups;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import ng.korrect.cli.output.Json;
import ng.korrect.cli.prompt.Confirmation;
import ng.korrect.cli.redis.EntryIds;
import ng.korrect.cli.redis.RedisOptions;
import ng.korrect.cli.redis.RedisSession;
import ng.korrect.cli.redis.StreamPosition;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code korrect groups reset GROUP TYPE --to ID|TIME|latest}: moves the group's last-delivered id with
 * {@code XGROUP SETID}, after saying how many entries lie between the old and the new position: moved
 * back, those are delivered to the group again; moved forward, the group never gets them. Entries
 * pending in the group stay pending.
 */
@Command(name = "reset",
        description = {
            "Move a consumer group to another position in a stream (XGROUP SETID), for deliberate reprocessing.",
            "Says how many entries that affects and asks first (unless --yes); pending entries stay pending."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:moved, or declined at the question",
            "2:a usage error, no such stream or group, no terminal to ask and no --yes, or Redis cannot be reached"})
public final class ResetCommand implements Callable<Integer> {

    private static final int PAGE = 1_000;

    @Spec
    private CommandSpec spec;

    @Mixin
    private RedisOptions redis;

    @Mixin
    private GroupOnStream groupOnStream;

    @Option(names = "--to", paramLabel = "ID|TIME|latest", required = true,
            description = "The new position: the group is next delivered the entries after an ID, those from a TIME "
                    + "(2026-11-27T03:00:00Z, or 15m, 2h, 1d ago), or only new ones with latest.")
    private String to;

    @Option(names = "--yes", description = "Do not ask.")
    private boolean yes;

    @Option(names = "--json", description = "Print a JSON document.")
    private boolean json;

    @Override
    public Integer call() {
        StreamPosition position = StreamPosition.parse(to);
        String stream = groupOnStream.stream();
        String group = groupOnStream.group();
        try (RedisSession session = redis.connect()) {
            RedisCommands<String, byte[]> commands = session.commands();
            String current = groupOnStream.read(commands).lastDeliveredId();
            String target = resolve(commands, stream, position);
            int direction = EntryIds.compare(target, current);
            long affected = direction == 0 ? 0
                    : direction < 0 ? countBetween(commands, stream, target, current) : countBetween(commands, stream, current, target);
            String effect = direction == 0 ? "no entry is affected"
                    : direction < 0 ? affected + " entries will be delivered to " + group + " again"
                    : affected + " entries will be skipped: " + group + " never gets them";
            String question = "Move group " + group + " on " + stream + " from " + current + " to " + target + ": " + effect
                    + ". Go ahead?";
            boolean go = Confirmation.confirm(yes, question, spec.commandLine().getErr());
            if (go) {
                commands.xgroupSetid(XReadArgs.StreamOffset.from(stream, target), group);
            }
            print(current, target, direction, affected, go);
        }
        return ExitCode.OK;
    }

    private void print(String current, String target, int direction, long affected, boolean applied) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode node = Json.object().put("group", groupOnStream.group()).put("stream", groupOnStream.stream())
                    .put("from", current).put("to", target).put("redelivered", direction < 0 ? affected : 0)
                    .put("skipped", direction > 0 ? affected : 0).put("applied", applied);
            Json.print(out, node);
        } else if (applied) {
            out.println("group " + groupOnStream.group() + " on " + groupOnStream.stream() + " moved from " + current
                    + " to " + target + ": "
                    + (direction < 0 ? affected + " entries to deliver again" : direction > 0 ? affected + " entries skipped" : "no change"));
        } else {
            out.println("nothing changed");
        }
    }

    /** The entry id to set: the id given, the last id before the time, or the stream's last id. */
    private static String resolve(RedisCommands<String, byte[]> commands, String stream, StreamPosition position) {
        return switch (position) {
            case StreamPosition.AtEntry entry -> entry.entryId();
            case StreamPosition.AtTime time -> lastIdIn(commands, stream, Range.from(Range.Boundary.unbounded(),
                    Range.Boundary.excluding(time.firstId())));
            case StreamPosition.Latest latest -> lastIdIn(commands, stream, Range.create("-", "+"));
        };
    }

    private static String lastIdIn(RedisCommands<String, byte[]> commands, String stream, Range<String> range) {
        List<StreamMessage<String, byte[]>> last = commands.xrevrange(stream, range, Limit.from(1));
        return last.isEmpty() ? "0-0" : last.get(0).getId();
    }

    /** The entries with ids in (after, upTo]. */
    private static long countBetween(RedisCommands<String, byte[]> commands, String stream, String after, String upTo) {
        long count = 0;
        Range.Boundary<String> from = Range.Boundary.excluding(after);
        while (true) {
            List<StreamMessage<String, byte[]>> page = commands.xrange(stream,
                    Range.from(from, Range.Boundary.including(upTo)), Limit.from(PAGE));
            count += page.size();
            if (page.size() < PAGE) {
                return count;
            }
            from = Range.Boundary.excluding(page.get(page.size() - 1).getId());
        }
    }
}
