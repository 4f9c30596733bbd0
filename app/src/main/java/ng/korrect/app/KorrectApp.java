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

    /** The JDK's setting of the number of carrier threads of virtual threads. */
    static final String CARRIERS_PROPERTY = "jdk.virtualThreadScheduler.parallelism";
    /** More than the database connections of a whole platform: 5 services with a pool of 10 each. */
    static final int CARRIERS = 64;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        giveVirtualThreadsCarriersToSpare();
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)), true);
        int status = new CommandLine(new KorrectApp()).setOut(out).execute(args);
        out.flush();
        System.exit(status);
    }

    /**
     * The JVM runs virtual threads on as many carrier threads as there are cores (2 here), and a virtual
     * thread that keeps running without blocking is never taken off its carrier. H2's row-lock wait can
     * spin, retrying at once, while the transaction it waits for is itself a virtual thread waiting for a
     * carrier: seen in the crash test as the five services of one process no longer answering at all. With
     * more carriers than the database connections of the process (5 services with 10 each), the waiters can
     * never take them all, and the transaction they wait for runs and ends. A value set on the command line
     * ({@code -Djdk.virtualThreadScheduler.parallelism=N}) is kept. Must run before the first virtual thread.
     */
    static void giveVirtualThreadsCarriersToSpare() {
        if (System.getProperty(CARRIERS_PROPERTY) == null) {
            System.setProperty(CARRIERS_PROPERTY, Integer.toString(Math.max(CARRIERS, Runtime.getRuntime().availableProcessors())));
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
