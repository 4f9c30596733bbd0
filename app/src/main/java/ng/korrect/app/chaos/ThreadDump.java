package ng.korrect.app.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Saves a thread dump of another JVM, virtual threads included ({@code jcmd PID Thread.dump_to_file}), with
 * the {@code jcmd} beside this JVM's {@code java}; nothing when there is none (a JRE).
 */
final class ThreadDump {

    private ThreadDump() {
    }

    /** Saves the dump of that process in that file; true when it was saved. */
    static boolean save(long pid, Path file) {
        Path jcmd = ProcessHandle.current().info().command().map(Path::of).map(java -> java.resolveSibling("jcmd")).orElse(null);
        if (jcmd == null || !Files.isExecutable(jcmd)) {
            return false;
        }
        try {
            Process dump = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "Thread.dump_to_file", "-format=text",
                    file.toAbsolutePath().toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return dump.waitFor(30, TimeUnit.SECONDS) && Files.exists(file);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
