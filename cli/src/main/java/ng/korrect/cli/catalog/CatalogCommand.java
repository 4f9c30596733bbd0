package ng.korrect.cli.catalog;

import picocli.CommandLine.Command;

/**
 * {@code korrect catalog}: the event catalog as the code defines it. It does nothing by itself; run
 * without a subcommand it is a usage error that lists the subcommands.
 */
@Command(name = "catalog",
        description = "Read the event catalog: its event types, their schemas, and whether envelopes follow it.",
        subcommands = {
            ListEventTypesCommand.class,
            ShowEventTypeCommand.class,
            SchemaCommand.class,
            AsyncApiCommand.class,
            ValidateCommand.class
        })
public final class CatalogCommand {
}
