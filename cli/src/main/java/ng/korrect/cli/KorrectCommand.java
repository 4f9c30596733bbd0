package ng.korrect.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root {@code korrect} command. */
@Command(name = "korrect", mixinStandardHelpOptions = true, version = "korrect 0.1.0",
        description = "Operate the KorrectNG event platform.")
public final class KorrectCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new KorrectCommand()).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
