package ng.korrect.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * One in-process run of the {@code korrect} command line, as {@code main} would make it: what it
 * printed and its exit status.
 *
 * @param status the exit status
 * @param out what it printed on standard output
 * @param err what it printed on standard error
 */
public record CommandRun(int status, String out, String err) {

    /** Runs the command line with those arguments. */
    public static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter outWriter = new PrintWriter(out);
        PrintWriter errWriter = new PrintWriter(err);
        int status = KorrectCommand.commandLine().setOut(outWriter).setErr(errWriter).execute(args);
        outWriter.flush();
        errWriter.flush();
        return new CommandRun(status, out.toString(), err.toString());
    }

    /** Runs the command line with those arguments and those bytes on standard input. */
    public static synchronized CommandRun withStdin(byte[] input, String... args) {
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream(input));
        try {
            return of(args);
        } finally {
            System.setIn(stdin);
        }
    }

    /** The lines printed on standard output. */
    public List<String> outLines() {
        return out.lines().toList();
    }
}
