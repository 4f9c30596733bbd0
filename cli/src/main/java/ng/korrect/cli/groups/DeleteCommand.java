package ng.korrect.cli.groups;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import ng.korrect.cli.CommandException;
import ng.korrect.cli.catalog.CatalogGroups;
import ng.korrect.cli.output.Json;
import ng.korrect.cli.prompt.Confirmation;
import ng.korrect.cli.redis.RedisOptions;
import ng.korrect.cli.redis.RedisSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code korrect groups delete GROUP TYPE}: removes a consumer group from the type's stream with
 * {@code XGROUP DESTROY}, after saying what goes with it: its consumers, its pending entries and its lag.
 * A group the catalog expects on the stream is refused without {@code --force}, since the bus of a running
 * service recreates a missing group at the stream's start and reads every entry again. Nothing else is
 * deleted: the dead letters and the group's replay stream stay.
 */
@Command(name = "delete",
        description = {
            "Delete a consumer group from a stream (XGROUP DESTROY), such as a stale group outside the catalog.",
            "Says what goes with it (consumers, pending entries, lag) and asks first (unless --yes).",
            "Nothing else is deleted: the type's dead letters (korrect:dlq:TYPE) and the group's replay stream "
                    + "(korrect:replay:GROUP) stay.",
            "A group the catalog expects is refused without --force: a running service recreates it at the start "
                    + "of the stream and reads every entry again."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:deleted, or declined at the question",
            "2:a usage error, no such stream or group, a catalog group without --force, no terminal to ask and "
                    + "no --yes, or Redis cannot be reached"})
public final class DeleteCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private RedisOptions redis;

    @Mixin
    private GroupOnStream groupOnStream;

    @Option(names = "--force", description = "Delete a group that the catalog expects on the stream too.")
    private boolean force;

    @Option(names = "--yes", description = "Do not ask.")
    private boolean yes;

    @Option(names = "--json", description = "Print a JSON document.")
    private boolean json;

    @Override
    public Integer call() {
        String stream = groupOnStream.stream();
        String group = groupOnStream.group();
        try (RedisSession session = redis.connect()) {
            RedisCommands<String, byte[]> commands = session.commands();
            GroupState state = groupOnStream.read(commands);
            String recreation = CatalogGroups.consumes(groupOnStream.type(), group) ? recreation(commands.xlen(stream)) : "";
            if (!recreation.isEmpty() && !force) {
                throw CommandException.usage(recreation + "; pass --force to delete it anyway");
            }
            String question = "Delete group " + group + " on " + stream + " (" + state.summary() + ")"
                    + (recreation.isEmpty() ? "" : "; " + recreation) + "?";
            boolean go = Confirmation.confirm(yes, question, spec.commandLine().getErr());
            if (go && !Boolean.TRUE.equals(commands.xgroupDestroy(stream, group))) {
                throw CommandException.usage("there is no group " + group + " on " + stream + " any more");
            }
            print(state, go);
        }
        return ExitCode.OK;
    }

    /** Why deleting a catalog group reads the stream again. */
    private String recreation(long streamLength) {
        String group = groupOnStream.group();
        return group + " is a consumer group of " + groupOnStream.type().wireName() + " in the catalog: a running " + group
                + " service recreates it at the start of " + groupOnStream.stream() + " and reads all " + streamLength
                + " entries again";
    }

    private void print(GroupState state, boolean deleted) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode node = Json.object().put("stream", state.stream()).put("group", state.group()).put("deleted", deleted)
                    .put("consumers", state.consumers()).put("pending", state.pending());
            if (state.lag().isPresent()) {
                node.put("lag", state.lag().getAsLong());
            } else {
                node.putNull("lag");
            }
            Json.print(out, node);
        } else if (deleted) {
            out.println("group " + state.group() + " on " + state.stream() + " deleted: " + state.summary());
        } else {
            out.println("nothing changed");
        }
    }
}
