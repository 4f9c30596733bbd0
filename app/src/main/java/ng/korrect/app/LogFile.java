package ng.korrect.app;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.FileAppender;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Sends every log line of this process to a file instead of the console until closed, then gives the
 * console its lines back: {@code korrect demo} prints its story on the console while the platform it
 * started logs beside it. Does nothing when SLF4J is not bound to Logback.
 */
final class LogFile implements AutoCloseable {

    private static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level [%thread] %logger{24} %X{correlationId:-} - %msg%n";

    private final Logger root;
    private final List<Appender<ILoggingEvent>> detached;
    private final FileAppender<ILoggingEvent> file;

    private LogFile(Logger root, List<Appender<ILoggingEvent>> detached, FileAppender<ILoggingEvent> file) {
        this.root = root;
        this.detached = detached;
        this.file = file;
    }

    /** Sends the log lines to that file (appended to) until {@link #close()}. */
    static LogFile redirectTo(Path path) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return new LogFile(null, List.of(), null);
        }
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        FileAppender<ILoggingEvent> file = fileAppender(context, path);
        List<Appender<ILoggingEvent>> detached = new ArrayList<>();
        for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
            detached.add(it.next());
        }
        root.addAppender(file);
        detached.forEach(root::detachAppender);
        return new LogFile(root, List.copyOf(detached), file);
    }

    private static FileAppender<ILoggingEvent> fileAppender(LoggerContext context, Path path) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        FileAppender<ILoggingEvent> file = new FileAppender<>();
        file.setContext(context);
        file.setName("korrect-log-file");
        file.setFile(path.toString());
        file.setAppend(true);
        file.setEncoder(encoder);
        file.start();
        return file;
    }

    /** The console appenders this redirection took off the root logger, for tests. */
    List<Appender<ILoggingEvent>> detached() {
        return detached;
    }

    @Override
    public void close() {
        if (root == null) {
            return;
        }
        detached.forEach(root::addAppender);
        root.detachAppender(file);
        file.stop();
    }
}
