package ng.korrect.app.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * SIGKILL of the embedded Redis of a data directory, found by the pid file it keeps
 * ({@code <data>/redis/redis.pid}): Redis dies with no chance to flush or close its clients.
 */
final class EmbeddedRedisKiller {

    private EmbeddedRedisKiller() {
    }

    /** Kills the Redis named by the pid file; returns its pid, or empty when no such process runs. */
    static Optional<Long> kill(Path dataDir) {
        Path pidFile = dataDir.resolve("redis").resolve("redis.pid");
        long pid;
        try {
            pid = Long.parseLong(Files.readString(pidFile).trim());
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
        Optional<ProcessHandle> redis = ProcessHandle.of(pid);
        redis.ifPresent(process -> {
            process.destroyForcibly();
            try {
                process.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                // signalled; gone soon
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return redis.map(ProcessHandle::pid);
    }
}
