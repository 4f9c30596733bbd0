package ng.korrect.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import ng.korrect.cli.acl.RedisCommand;
import ng.korrect.cli.catalog.CatalogCommand;
import ng.korrect.cli.dlq.DlqCommand;
import ng.korrect.cli.groups.GroupsCommand;
import ng.korrect.cli.publish.PublishCommand;
import ng.korrect.cli.streams.StreamsCommand;
import ng.korrect.cli.tail.TailCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/**
 * The root {@code korrect} command; its {@code --help} and {@code --version} hold for every subcommand.
 * Usage errors and an unreachable Redis exit with 2 ({@link CommandLine.ExitCode#USAGE}), a command
 * that ran and found a problem with 1, success with 0; expected failures print one line, no stack trace.
 */
@Command(name = "korrect", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, version = "korrect 0.1.0",
        description = "Operate the KorrectNG event platform.",
        subcommands = {
            CatalogCommand.class,
            StreamsCommand.class,
            TailCommand.class,
            PublishCommand.class,
            DlqCommand.class,
            GroupsCommand.class,
            RedisCommand.class
        })
public final class KorrectCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * Runs the command line and exits with its status. Standard output is UTF-8 and buffered (commands
     * flush it when they wait for input), so that a long {@code validate} run is not one write per line.
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
        int status = commandLine().setOut(out).execute(args);
        out.flush();
        System.exit(status);
    }

    /**
     * The command line with the exit statuses of Korrect: what {@code main} runs, and what tests run.
     * Arguments starting with {@code @} are left alone, since {@code publish --payload @FILE} reads the file itself.
     */
    public static CommandLine commandLine() {
        return new CommandLine(new KorrectCommand()).setExecutionExceptionHandler(new ExitStatus()).setExpandAtFiles(false);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
