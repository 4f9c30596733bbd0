package ng.korrect.cli.dlq;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import ng.korrect.cli.output.Json;
import ng.korrect.cli.output.TextTable;
import ng.korrect.cli.redis.RedisOptions;
import ng.korrect.cli.redis.RedisSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code korrect dlq list [TYPE] [--group G]}: one row per dead letter, oldest first. */
@Command(name = "list", description = "List dead letters: entry, group, deliveries, when and why they failed.")
public final class DlqListCommand implements Callable<Integer> {

    private static final int ERROR_WIDTH = 80;

    @Spec
    private CommandSpec spec;

    @Mixin
    private RedisOptions redis;

    @Mixin
    private DeadLetterSelection selection;

    @Option(names = "--json", description = "Print a JSON array instead of a table.")
    private boolean json;

    @Override
    public Integer call() {
        List<DeadLetter> deadLetters;
        try (RedisSession session = redis.connect()) {
            deadLetters = selection.select(session.commands());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ArrayNode array = Json.array();
            deadLetters.forEach(deadLetter -> array.add(deadLetter.summary()));
            Json.print(out, array);
            return ExitCode.OK;
        }
        if (deadLetters.isEmpty()) {
            out.println("no " + selection.describe());
            return ExitCode.OK;
        }
        TextTable table = new TextTable("").row("ENTRY", "GROUP", "DELIVERIES", "FAILED AT", "ERROR");
        for (DeadLetter deadLetter : deadLetters) {
            String error = deadLetter.field("error").orElse("-").replace('\n', ' ');
            table.row(deadLetter.reference(), deadLetter.group().orElse("-"), deadLetter.field("deliveries").orElse("-"),
                    deadLetter.field("failedAt").orElse("-"),
                    error.length() > ERROR_WIDTH ? error.substring(0, ERROR_WIDTH - 3) + "..." : error);
        }
        table.print(out);
        return ExitCode.OK;
    }
}
