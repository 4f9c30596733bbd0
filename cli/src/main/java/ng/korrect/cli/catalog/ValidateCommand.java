package ng.korrect.cli.catalog;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import ng.korrect.catalog.CodecOptions;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.EventCodec;
import ng.korrect.catalog.InvalidEventException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code korrect catalog validate FILE}: decodes envelopes, one per line, as a consumer would, and
 * prints one verdict line per input line, in order. The input is streamed, so its size does not matter.
 */
@Command(name = "validate",
        description = {
            "Check envelopes in their wire form, one per line, against the catalog.",
            "Prints one line per input line, in order: OK with the type and id, or INVALID with the reasons."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every line holds a valid event",
            "1:at least one line does not",
            "2:a usage error, or the input could not be read"
        })
public final class ValidateCommand implements Callable<Integer> {

    /** The exit status when every line holds a valid event. */
    public static final int ALL_VALID = 0;
    /** The exit status when at least one line does not. */
    public static final int SOME_INVALID = 1;

    private static final CodecOptions OPTIONS = CodecOptions.defaults();

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The file of envelopes, one per line; - reads standard input.")
    private String file;

    private final EventCodec codec = EventCodec.create(OPTIONS);

    @Override
    public Integer call() {
        try (InputStream in = open()) {
            return validateAll(in) ? ALL_VALID : SOME_INVALID;
        } catch (IOException | InvalidPathException e) {
            spec.commandLine().getErr().println(spec.qualifiedName() + ": cannot read " + file + ": " + reason(e));
            return ExitCode.USAGE;
        }
    }

    private InputStream open() throws IOException {
        if (file.equals("-")) {
            return new FilterInputStream(System.in) {
                @Override
                public void close() {
                    // standard input belongs to the process, not to this command
                }
            };
        }
        Path path = Path.of(file);
        if (Files.isDirectory(path)) {
            throw new FileSystemException(file, null, "is a directory");
        }
        return Files.newInputStream(path);
    }

    private boolean validateAll(InputStream in) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        ByteLines lines = new ByteLines(in, OPTIONS.maxEnvelopeBytes(), out);
        boolean allValid = true;
        for (ByteLines.Line line = lines.next(); line != null; line = lines.next()) {
            allValid &= check(line, out);
        }
        return allValid;
    }

    private boolean check(ByteLines.Line line, PrintWriter out) {
        if (line.tooLong()) {
            out.println("INVALID the envelope is " + line.length() + " bytes, more than the limit of "
                    + OPTIONS.maxEnvelopeBytes());
            return false;
        }
        try {
            Event<?> event = codec.decode(line.bytes());
            out.println("OK " + event.type().wireName() + " " + event.id());
            return true;
        } catch (InvalidEventException e) {
            out.println("INVALID " + onOneLine(e.reasons()));
            return false;
        }
    }

    /** The reasons may quote the input; keep the promise of one output line per input line. */
    private static String onOneLine(String text) {
        return text.replace("\r", "\\r").replace("\n", "\\n");
    }

    private static String reason(Exception e) {
        return switch (e) {
            case NoSuchFileException missing -> "no such file";
            case AccessDeniedException denied -> "permission denied";
            case FileSystemException other when other.getReason() != null -> other.getReason();
            default -> String.valueOf(e.getMessage());
        };
    }
}
