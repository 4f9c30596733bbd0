package ng.korrect.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import ng.korrect.cli.catalog.CatalogCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/**
 * The root {@code korrect} command; its {@code --help} and {@code --version} hold for every subcommand. Usage errors exit with 2 ({@link CommandLine.ExitCode#USAGE}),
 * failures of a command with 1, success with 0.
 */
@Command(name = "korrect", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, version = "korrect 0.1.0",
        description = "Operate the KorrectNG event platform.",
        subcommands = CatalogCommand.class)
public final class KorrectCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * Runs the command line and exits with its status. Standard output is UTF-8 and buffered (commands
     * flush it when they wait for input), so that a long {@code validate} run is not one write per line.
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
        int status = new CommandLine(new KorrectCommand()).setOut(out).execute(args);
        out.flush();
        System.exit(status);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
