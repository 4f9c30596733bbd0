package ng.korrect.cli.prompt;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import ng.korrect.cli.CommandException;

/**
 * Asks the operator to confirm a destructive step on standard error and reads the answer from
 * standard input. When standard input is not a terminal (a script, a pipe) it refuses with a usage
 * error instead of waiting, unless the command was given {@code --yes}. The system property
 * {@value #INTERACTIVE_PROPERTY} ({@code true} or {@code false}) overrides the terminal check, for tests.
 */
public final class Confirmation {

    /** Overrides whether standard input counts as a terminal. */
    public static final String INTERACTIVE_PROPERTY = "korrect.interactive";

    private Confirmation() {
    }

    /**
     * Returns when the step may go ahead: {@code yes} was given, or the operator answered y or yes.
     *
     * @param question what is about to happen, as a question
     * @return false when the operator declined
     * @throws CommandException (usage) when there is no terminal to ask and {@code yes} is false
     */
    public static boolean confirm(boolean yes, String question, PrintWriter err) {
        if (yes) {
            return true;
        }
        if (!interactive()) {
            throw CommandException.usage(statement(question) + ": refused, standard input is not a terminal; "
                    + "pass --yes to go ahead without a question");
        }
        err.print(question + " [y/N] ");
        err.flush();
        try {
            String answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            String normalized = answer == null ? "" : answer.trim().toLowerCase(Locale.ROOT);
            return normalized.equals("y") || normalized.equals("yes");
        } catch (IOException e) {
            return false;
        }
    }

    /** The question as a statement, for the refusal: without its "?" or a closing ". Go ahead?". */
    static String statement(String question) {
        return question.replaceAll("(\\. Go ahead)?\\?$", "");
    }

    private static boolean interactive() {
        String override = System.getProperty(INTERACTIVE_PROPERTY);
        if (override != null) {
            return Boolean.parseBoolean(override);
        }
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try { // Console.isTerminal() exists from JDK 22; before it, a console means a terminal
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
