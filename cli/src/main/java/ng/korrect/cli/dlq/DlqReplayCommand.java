package ng.korrect.cli.dlq;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import ng.korrect.bus.ReplayStream;
import ng.korrect.cli.CommandException;
import ng.korrect.cli.output.Json;
import ng.korrect.cli.redis.RedisOptions;
import ng.korrect.cli.redis.RedisSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code korrect dlq replay}: puts dead letters back for the group that failed them and no other, by
 * moving each onto that group's replay stream ({@link Replayer}); the groups that handled the event
 * already never see it again. Progress goes to standard error when there are many.
 */
@Command(name = "replay",
        description = {
            "Put dead letters back so that only the group that failed them handles them again, then remove them.",
            "Each one moves to korrect:replay:{group} atomically: an interrupted replay resumes by running it again."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every selected dead letter was replayed (or would be, with --dry-run)",
            "1:some could not be (no group named, no data field); the others were",
            "2:a usage error, an --id that matches nothing, or Redis cannot be reached"})
public final class DlqReplayCommand implements Callable<Integer> {

    private static final int PROGRESS_EVERY = 100;

    @Spec
    private CommandSpec spec;

    @Mixin
    private RedisOptions redis;

    @Mixin
    private DeadLetterSelection selection;

    @Option(names = "--dry-run", description = "List what would be replayed, and change nothing.")
    private boolean dryRun;

    @Option(names = "--json", description = "Print a JSON document.")
    private boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ObjectNode document = Json.object().put("dryRun", dryRun);
        ArrayNode replayed = document.putArray("replayed");
        ArrayNode skipped = document.putArray("skipped");
        Map<String, Integer> perGroup = new TreeMap<>();
        TreeSet<String> unread = new TreeSet<>();
        try (RedisSession session = redis.connect()) {
            List<DeadLetter> selected = selection.select(session.commands());
            List<String> missing = selection.missing(selected);
            if (!missing.isEmpty()) {
                throw CommandException.usage("no such dead letter: " + String.join(", ", missing));
            }
            Replayer replayer = new Replayer(session.commands());
            int done = 0;
            for (DeadLetter deadLetter : selected) {
                Optional<String> problem = problemOf(deadLetter);
                if (problem.isPresent()) {
                    skipped.addObject().put("entry", deadLetter.reference()).put("reason", problem.get());
                    report(out, "skipped " + deadLetter.reference() + ": " + problem.get());
                    continue;
                }
                String group = deadLetter.group().orElseThrow();
                ObjectNode line = replayed.addObject().put("entry", deadLetter.reference()).put("group", group)
                        .put("replayStream", ReplayStream.key(group));
                if (dryRun) {
                    report(out, "would replay " + deadLetter.reference() + " to group " + group);
                } else {
                    Optional<String> entryId = replayer.replay(deadLetter, group);
                    if (entryId.isEmpty()) {
                        replayed.remove(replayed.size() - 1);
                        skipped.addObject().put("entry", deadLetter.reference()).put("reason", "gone meanwhile (replayed or purged)");
                        continue;
                    }
                    line.put("replayEntryId", entryId.get());
                    report(out, "replayed " + deadLetter.reference() + " to group " + group + " (" + ReplayStream.key(group)
                            + " " + entryId.get() + ")");
                }
                perGroup.merge(group, 1, Integer::sum);
                done++;
                if (selected.size() > PROGRESS_EVERY && done % PROGRESS_EVERY == 0) {
                    err.println((dryRun ? "checked " : "replayed ") + done + " of " + selected.size());
                    err.flush();
                }
            }
            for (String group : perGroup.keySet()) {
                if (!replayer.hasReader(group)) {
                    unread.add(group);
                }
            }
        }
        ObjectNode groups = document.putObject("perGroup");
        perGroup.forEach(groups::put);
        ArrayNode waiting = document.putArray("groupsWithoutReplayReader");
        unread.forEach(waiting::add);
        if (json) {
            Json.print(out, document);
        } else {
            out.println((dryRun ? "would replay " : "replayed ") + replayed.size() + " " + selection.describe()
                    + (skipped.isEmpty() ? "" : ", skipped " + skipped.size()));
        }
        for (String group : unread) {
            err.println("note: no consumer of group " + group + " reads " + ReplayStream.key(group)
                    + " yet; the entries wait there until a service of that group on the Korrect bus starts");
        }
        return skipped.isEmpty() ? ExitCode.OK : ExitCode.SOFTWARE;
    }

    private void report(PrintWriter out, String line) {
        if (!json) {
            out.println(line);
        }
    }

    private static Optional<String> problemOf(DeadLetter deadLetter) {
        if (deadLetter.group().isEmpty()) {
            return Optional.of("the dead letter names no group, so no group can be chosen to handle it again");
        }
        if (deadLetter.data().isEmpty()) {
            return Optional.of("the dead letter has no data field: there is no event to replay");
        }
        return Optional.empty();
    }
}
