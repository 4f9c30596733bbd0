package ng.korrect.cli.dlq;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import ng.korrect.catalog.EventType;
import ng.korrect.cli.CommandException;
import ng.korrect.cli.output.Json;
import ng.korrect.cli.output.TextTable;
import ng.korrect.cli.redis.RedisOptions;
import ng.korrect.cli.redis.RedisSession;
import ng.korrect.cli.redis.Replies;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code korrect dlq show ENTRY}: every field of one dead letter, and its envelope. */
@Command(name = "show", description = "Show one dead letter: every field, and the envelope it holds.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:shown", "2:a usage error, no such dead letter, or Redis cannot be reached"})
public final class DlqShowCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private RedisOptions redis;

    @Parameters(paramLabel = "ENTRY", description = "The dead letter, as dlq list names it: TYPE/ID.")
    private String entry;

    @Option(names = "--json", description = "Print a JSON object.")
    private boolean json;

    @Override
    public Integer call() {
        String reference = DeadLetterSelection.reference(entry, Optional.empty());
        EventType type = EventType.fromWireName(reference.substring(0, reference.indexOf('/'))).orElseThrow();
        String id = reference.substring(reference.indexOf('/') + 1);
        List<StreamMessage<String, byte[]>> found;
        try (RedisSession session = redis.connect()) {
            found = session.commands().xrange(type.deadLetterKey(), Range.create(id, id));
        }
        if (found.isEmpty()) {
            throw CommandException.usage("no dead letter " + reference + " in " + type.deadLetterKey());
        }
        DeadLetter deadLetter = new DeadLetter(type, id, found.get(0).getBody());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode node = deadLetter.summary();
            ObjectNode fields = node.putObject("fields");
            new TreeMap<>(deadLetter.fields()).forEach((name, value) -> fields.put(name, Replies.text(value)));
            deadLetter.envelope().ifPresentOrElse(envelope -> node.set("envelope", envelope), () -> node.putNull("envelope"));
            Json.print(out, node);
            return ExitCode.OK;
        }
        out.println(deadLetter.reference());
        TextTable table = new TextTable("  ");
        for (Map.Entry<String, byte[]> field : new TreeMap<>(deadLetter.fields()).entrySet()) {
            if (!field.getKey().equals("data")) {
                table.row(field.getKey(), Replies.text(field.getValue()));
            }
        }
        table.print(out);
        out.println("envelope");
        out.println(deadLetter.envelope().map(envelope -> Json.pretty(envelope))
                .orElseGet(() -> deadLetter.field("data").orElse("(no data field)")));
        return ExitCode.OK;
    }
}
