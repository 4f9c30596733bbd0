package ng.korrect.cli;

import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisException;
import java.io.PrintWriter;
import ng.korrect.bus.BusException;
import picocli.CommandLine;
import picocli.CommandLine.ExitCode;

/**
 * Turns what a command threw into a message and an exit status: {@link CommandException} says both;
 * Redis out of reach is a usage error (2) that names the URL; anything else is a failure (1) told in
 * one line. Stack traces are printed only when {@code KORRECT_DEBUG} is set.
 */
final class ExitStatus implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        String name = commandLine.getCommandSpec().qualifiedName();
        if (System.getenv("KORRECT_DEBUG") != null) {
            e.printStackTrace(err);
        }
        int status = switch (e) {
            case CommandException expected -> {
                err.println(name + ": " + expected.getMessage());
                yield expected.exitCode();
            }
            case RedisCommandExecutionException refused -> {
                err.println(name + ": Redis refused a command: " + refused.getMessage());
                yield ExitCode.SOFTWARE;
            }
            case RedisException unreachable -> {
                err.println(name + ": Redis failed: " + rootMessage(unreachable));
                yield ExitCode.USAGE;
            }
            case BusException bus -> {
                err.println(name + ": " + rootMessage(bus));
                yield ExitCode.USAGE;
            }
            default -> {
                err.println(name + ": unexpected failure: " + e);
                yield ExitCode.SOFTWARE;
            }
        };
        err.flush();
        return status;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root.getMessage() + ")";
    }
}
