package ng.korrect.cli.catalog;

import ng.korrect.catalog.EventType;
import ng.korrect.catalog.schema.CatalogDocuments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code korrect catalog schema TYPE}: the JSON Schema of one event type's envelope. */
@Command(name = "schema",
        description = "Print the JSON Schema (draft 2020-12) of an event type's envelope.")
public final class SchemaCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "TYPE", converter = EventTypeConverter.class,
            description = "The event type, by its wire name, e.g. booking.created.")
    private EventType type;

    @Override
    public void run() {
        spec.commandLine().getOut().println(CatalogDocuments.jsonSchema(type));
    }
}
