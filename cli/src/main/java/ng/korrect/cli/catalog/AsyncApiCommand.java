package ng.korrect.cli.catalog;

import ng.korrect.catalog.schema.CatalogDocuments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code korrect catalog asyncapi}: the AsyncAPI 3.0 document of the whole catalog. */
@Command(name = "asyncapi",
        description = "Print the AsyncAPI 3.0 document of the catalog: one channel per event type.")
public final class AsyncApiCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().getOut().println(CatalogDocuments.asyncApi());
    }
}
