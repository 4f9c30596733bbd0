package ng.korrect.cli.dlq;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import ng.korrect.cli.CommandException;
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

/** {@code korrect dlq purge}: deletes the selected dead letters, after a confirmation. */
@Command(name = "purge", description = "Delete dead letters for good, after saying how many and asking (unless --yes).",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:deleted, or declined at the question",
            "2:a usage error, no terminal to ask and no --yes, an --id that matches nothing, or Redis cannot be reached"})
public final class DlqPurgeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private RedisOptions redis;

    @Mixin
    private DeadLetterSelection selection;

    @Option(names = "--yes", description = "Do not ask.")
    private boolean yes;

    @Option(names = "--json", description = "Print a JSON document.")
    private boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (RedisSession session = redis.connect()) {
            List<DeadLetter> selected = selection.select(session.commands());
            List<String> missing = selection.missing(selected);
            if (!missing.isEmpty()) {
                throw CommandException.usage("no such dead letter: " + String.join(", ", missing));
            }
            ObjectNode document = Json.object();
            ArrayNode deleted = document.putArray("deleted");
            boolean go = selected.isEmpty()
                    || Confirmation.confirm(yes, "Delete " + selected.size() + " " + selection.describe() + " for good?",
                    spec.commandLine().getErr());
            document.put("confirmed", go);
            if (go) {
                for (DeadLetter deadLetter : selected) {
                    if (session.commands().xdel(deadLetter.type().deadLetterKey(), deadLetter.id()) > 0) {
                        deleted.add(deadLetter.reference());
                    }
                }
            }
            if (json) {
                Json.print(out, document);
            } else {
                out.println(go ? "deleted " + deleted.size() + " " + selection.describe() : "nothing deleted");
            }
        }
        return ExitCode.OK;
    }
}
