package ng.korrect.cli;

import picocli.CommandLine.ExitCode;

/**
 * An expected failure of a command: its message is printed on standard error after the command's
 * name, without a stack trace, and the process exits with its status.
 */
public final class CommandException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    private CommandException(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** A usage error (exit status 2): a wrong argument, a refused confirmation, Redis out of reach. */
    public static CommandException usage(String message) {
        return new CommandException(message, ExitCode.USAGE, null);
    }

    /** A usage error caused by that exception. */
    public static CommandException usage(String message, Throwable cause) {
        return new CommandException(message, ExitCode.USAGE, cause);
    }

    /** The command ran and found a problem (exit status 1). */
    public static CommandException problem(String message) {
        return new CommandException(message, ExitCode.SOFTWARE, null);
    }

    /** The exit status. */
    public int exitCode() {
        return exitCode;
    }
}
