package ng.korrect.cli.catalog;

import java.util.stream.Collectors;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.Reaction;
import ng.korrect.catalog.ServiceName;
import ng.korrect.cli.output.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code korrect catalog list}: one row per event type with its producers, consumer groups and stream. */
@Command(name = "list",
        description = "List the event types with their producers, consumer groups and stream keys.")
public final class ListEventTypesCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        TextTable table = new TextTable("").row("TYPE", "PRODUCER", "CONSUMER GROUPS", "STREAM");
        for (EventType type : EventType.values()) {
            table.row(type.wireName(), producers(type), consumerGroups(type), type.streamKey());
        }
        table.print(spec.commandLine().getOut());
    }

    /** The producing services, or {@code any service} when every service may publish the type. */
    static String producers(EventType type) {
        return type.producedByAnyService()
                ? "any service"
                : type.producers().stream().map(ServiceName::wireName).collect(Collectors.joining(", "));
    }

    private static String consumerGroups(EventType type) {
        return type.consumers().stream()
                .map(Reaction::service)
                .map(ServiceName::wireName)
                .collect(Collectors.joining(", "));
    }
}
