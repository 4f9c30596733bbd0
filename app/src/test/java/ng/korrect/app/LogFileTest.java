package ng.korrect.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class LogFileTest {

    private static final Logger LOG = LoggerFactory.getLogger("ng.korrect.app.LogFileTest");

    @Test
    void shouldSendLogLinesToTheFileInsteadOfTheConsoleUntilClosed(@TempDir Path dir) throws Exception {
        Path path = dir.resolve("platform.log");
        List<Appender<ILoggingEvent>> before = rootAppenders();

        try (LogFile log = LogFile.redirectTo(path)) {
            LOG.warn("line while redirected");
            assertThat(log.detached()).containsExactlyElementsOf(before).isNotEmpty();
            assertThat(rootAppenders()).hasSize(1).doesNotContainAnyElementsOf(before);
        }
        LOG.warn("line after closing");

        assertThat(rootAppenders()).containsExactlyElementsOf(before);
        assertThat(Files.readString(path)).contains("line while redirected").doesNotContain("line after closing");
    }

    private static List<Appender<ILoggingEvent>> rootAppenders() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        List<Appender<ILoggingEvent>> appenders = new ArrayList<>();
        context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().forEachRemaining(appenders::add);
        return appenders;
    }
}
