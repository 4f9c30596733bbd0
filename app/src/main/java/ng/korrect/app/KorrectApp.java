package ng.korrect.app;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The platform's entry point: {@code korrect up}, which runs the services, and {@code korrect demo} and {@code korrect chaos}. */
@Command(name = "korrect", mixinStandardHelpOptions = true, version = "korrect 0.1.0",
        description = "Run the KorrectNG platform.", subcommands = {UpCommand.class, DemoCommand.class, ChaosCommand.class})
public final class KorrectApp implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)), true);
        int status = new CommandLine(new KorrectApp()).setOut(out).execute(args);
        out.flush();
        System.exit(status);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
