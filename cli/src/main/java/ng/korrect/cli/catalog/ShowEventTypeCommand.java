package ng.korrect.cli.catalog;

import java.io.PrintWriter;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.PayloadField;
import ng.korrect.catalog.Reaction;
import ng.korrect.cli.output.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code korrect catalog show TYPE}: everything the catalog says about one event type. */
@Command(name = "show",
        description = "Show an event type: its summary, producer, Redis keys, payload fields and consumers.")
public final class ShowEventTypeCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "TYPE", converter = EventTypeConverter.class,
            description = "The event type, by its wire name, e.g. booking.created.")
    private EventType type;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        out.println(type.wireName());
        out.println(type.summary());
        out.println();
        new TextTable("")
                .row("producer", ListEventTypesCommand.producers(type))
                .row("stream", type.streamKey())
                .row("dead letters", type.deadLetterKey())
                .print(out);
        out.println();
        out.println("payload");
        TextTable fields = new TextTable("  ");
        for (PayloadField field : type.fields()) {
            fields.row(field.name(), field.typeLabel(), field.required() ? "required" : "optional",
                    field.description().orElse(""));
        }
        fields.print(out);
        out.println();
        out.println("consumers");
        TextTable consumers = new TextTable("  ");
        for (Reaction reaction : type.consumers()) {
            consumers.row(reaction.service().wireName(), reaction.purpose());
        }
        consumers.print(out);
    }
}
