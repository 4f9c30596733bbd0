package ng.korrect.embedded;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;
import redis.embedded.core.ExecutableProvider;

/**
 * A Redis server of our own, on loopback and a free port (or a preferred one when it is free), for the
 * embedded platform and the tests.
 * It runs the {@code redis-server} of the machine when there is one (Redis 7 on our machines), else
 * the Linux build that the {@code embedded-redis} library ships (Redis 6.2); {@code KORRECT_REDIS_SERVER}
 * names another binary. With {@link Options#appendOnly()} it keeps an append-only file in its
 * directory, so a {@link #restart()} loses nothing that was written.
 *
 * <p>Where {@code setsid} exists, the server runs in a session of its own: a terminal's Ctrl-C then
 * reaches only the Java process, which stops its services first and Redis last, instead of Redis
 * going away while they still drain. Since it then outlives a Java process killed with SIGKILL, a
 * start first stops a server that such a process left running on the same directory (found through the
 * directory's {@code redis.pid}); the platform's lock on its data directory makes sure no living
 * process still uses it.
 *
 * <p>{@link #keepRunning()} makes it restart the server whenever its process ends other than through
 * {@link #stop()} or {@link #close()}: killed, or crashed. With the append-only file, which is written and
 * synced before each write is answered, the restarted server has every write that was answered.
 *
 * <p>Thread-safe.
 */
public final class EmbeddedRedis implements AutoCloseable {

    /** The environment variable that names a {@code redis-server} binary to run. */
    public static final String SERVER_BINARY_VARIABLE = "KORRECT_REDIS_SERVER";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedRedis.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration WATCH_INTERVAL = Duration.ofMillis(200);

    private final Options options;
    private final int port;
    private final File binary;
    private RedisServer server;
    private ProcessHandle process;
    private boolean shouldRun;
    private Thread watcher;

    private EmbeddedRedis(Options options, int port, File binary) {
        this.options = options;
        this.port = port;
        this.binary = binary;
    }

    /**
     * Starts a server with these options.
     *
     * @throws UncheckedIOException when no binary can be found or the server does not come up
     */
    public static EmbeddedRedis start(Options options) {
        try {
            Files.createDirectories(options.directory());
            stopLeftOverServer(options.directory()); // first, so that the port it held is free again
            int port = options.port() != 0 && portIsFree(options.port()) ? options.port() : freePort();
            EmbeddedRedis redis = new EmbeddedRedis(options, port, binary());
            redis.startServer();
            return redis;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded Redis", e);
        }
    }

    /** The URL to connect to, like {@code redis://127.0.0.1:40123}. */
    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    /** The port it listens on. */
    public int port() {
        return port;
    }

    /** Whether the server process runs. */
    public synchronized boolean isRunning() {
        return server != null && server.isActive() && (process == null || process.isAlive());
    }

    /** The server's process id, when known. */
    public synchronized Optional<Long> pid() {
        return Optional.ofNullable(process).map(ProcessHandle::pid);
    }

    /**
     * From now on, restarts the server on the same port and directory, within a fraction of a second,
     * whenever its process ends although it was not stopped; until {@link #stop()} or {@link #close()}.
     */
    public synchronized void keepRunning() {
        if (watcher == null) {
            watcher = Thread.ofPlatform().daemon().name("korrect-embedded-redis-watch").start(this::watch);
        }
    }

    /** Stops the server, abruptly for its clients, keeping its directory. */
    public synchronized void stop() {
        shouldRun = false;
        if (server != null) {
            try {
                server.stop();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot stop the embedded Redis", e);
            }
        }
    }

    /**
     * Stops and starts the server on the same port and directory, once the old process has let go of
     * the port (a busy machine can take a moment).
     */
    public synchronized void restart() {
        stop();
        try {
            awaitPortReleased();
            startServer();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restart the embedded Redis", e);
        }
    }

    /** Stops the server, and the watch of {@link #keepRunning()}. */
    @Override
    public void close() {
        Thread watching;
        synchronized (this) {
            stop();
            watching = watcher;
            watcher = null;
        }
        if (watching != null) {
            watching.interrupt();
        }
    }

    private void watch() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(WATCH_INTERVAL);
                restartIfItDied();
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                LOG.error("cannot restart the embedded Redis on port {}; trying again", port, e);
            }
        }
    }

    private synchronized void restartIfItDied() throws IOException {
        if (!shouldRun || process == null || process.isAlive()) {
            return;
        }
        LOG.warn("the embedded Redis (pid {}) on port {} ended unexpectedly; starting it again from its {}", process.pid(),
                port, options.appendOnly() ? "append-only file" : "empty state (it keeps nothing)");
        try {
            server.stop();
        } catch (IOException alreadyGone) {
            LOG.debug("the ended Redis could not be stopped", alreadyGone);
        }
        awaitPortReleased();
        startServer();
    }

    private void startServer() throws IOException {
        stopLeftOverServer(options.directory());
        File launcher = launcher();
        server = RedisServer.newRedisServer()
                .executableProvider(() -> launcher)
                .bind("127.0.0.1")
                .port(port)
                .setting("save \"\"")
                .setting("appendonly " + (options.appendOnly() ? "yes" : "no"))
                .setting("appendfsync always")
                .setting("dir " + options.directory().toAbsolutePath())
                .setting("pidfile " + pidFile())
                .onShutdownForceStop(true)
                .build();
        server.start();
        awaitPort();
        process = awaitPid();
        shouldRun = true;
        LOG.info("embedded Redis ({}) listening on {}", binary, url());
    }

    private Path pidFile() {
        return pidFile(options.directory());
    }

    private static Path pidFile(Path directory) {
        return directory.toAbsolutePath().resolve("redis.pid");
    }

    /** The process of the server just started, from the pid file it writes at start. */
    private ProcessHandle awaitPid() throws IOException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<ProcessHandle> started = readPid().flatMap(ProcessHandle::of);
            if (started.isPresent()) {
                return started.get();
            }
            pause();
        }
        throw new IOException("the embedded Redis on port " + port + " did not write " + pidFile() + " within " + START_TIMEOUT);
    }

    private Optional<Long> readPid() throws IOException {
        try {
            return Files.exists(pidFile()) ? Optional.of(Long.parseLong(Files.readString(pidFile()).trim())) : Optional.empty();
        } catch (NumberFormatException beingWritten) {
            return Optional.empty();
        }
    }

    private static void pause() throws IOException {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the embedded Redis", e);
        }
    }

    /** Stops a server that a killed process left running on this directory, if any. */
    private static void stopLeftOverServer(Path directory) throws IOException {
        Path pidFile = pidFile(directory);
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> leftOver;
        try {
            leftOver = ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()))
                    .filter(ProcessHandle::isAlive)
                    .filter(EmbeddedRedis::looksLikeRedis);
        } catch (NumberFormatException unreadable) {
            leftOver = Optional.empty();
        }
        if (leftOver.isPresent()) {
            LOG.warn("stopping the Redis (pid {}) that an earlier run left running on {}", leftOver.get().pid(),
                    directory);
            leftOver.get().destroy();
            try {
                leftOver.get().onExit().get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                throw new IOException("the Redis left running on " + directory + " did not stop", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while stopping the Redis left running on " + directory, e);
            }
        }
        Files.deleteIfExists(pidFile);
    }

    /** Whether the process is a Redis server (whose binary may be a link, and whose title it rewrites). */
    private static boolean looksLikeRedis(ProcessHandle process) {
        ProcessHandle.Info info = process.info();
        return (info.command().orElse("") + " " + info.commandLine().orElse("")).contains("redis");
    }

    /**
     * What starts the server: a script in the server's directory that runs the binary through
     * {@code setsid}, or the binary itself where there is no {@code setsid}.
     */
    private File launcher() throws IOException {
        Optional<File> setsid = onPath("setsid");
        if (setsid.isEmpty()) {
            return binary;
        }
        Path script = options.directory().toAbsolutePath().resolve("redis-server-in-own-session.sh");
        Files.writeString(script, "#!/bin/sh\n# Redis in a session of its own, so that a terminal's Ctrl-C does not stop it "
                + "before the services that use it\nexec " + quoted(setsid.get()) + " " + quoted(binary) + " \"$@\"\n");
        if (!script.toFile().setExecutable(true)) {
            throw new IOException("cannot make " + script + " executable");
        }
        return script.toFile();
    }

    private static String quoted(File file) {
        return "'" + file.getAbsolutePath().replace("'", "'\\''") + "'";
    }

    private void awaitPortReleased() throws IOException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!portIsFree(port)) {
            if (System.nanoTime() > deadline) {
                throw new IOException("port " + port + " was not released within " + START_TIMEOUT);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for port " + port, e);
            }
        }
    }

    private void awaitPort() throws IOException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while waiting for the embedded Redis", e);
                }
            }
        }
        throw new IOException("the embedded Redis did not listen on port " + port + " within " + START_TIMEOUT);
    }

    private static File binary() throws IOException {
        Optional<String> named = Optional.ofNullable(System.getenv(SERVER_BINARY_VARIABLE)).filter(s -> !s.isBlank());
        if (named.isPresent()) {
            File file = new File(named.get());
            if (!file.canExecute()) {
                throw new IOException(SERVER_BINARY_VARIABLE + " names " + file + ", which is not an executable file");
            }
            return file;
        }
        Optional<File> onPath = onPath("redis-server");
        return onPath.isPresent() ? onPath.get() : ExecutableProvider.newJarResourceProvider().get();
    }

    private static Optional<File> onPath(String name) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        for (String folder : path.split(File.pathSeparator)) {
            File candidate = new File(folder, name);
            if (candidate.canExecute()) {
                return Optional.of(candidate);
            }
        }
        File usrBin = new File("/usr/bin", name);
        return usrBin.canExecute() ? Optional.of(usrBin) : Optional.empty();
    }

    private static boolean portIsFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException inUse) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /**
     * How to start the server.
     *
     * @param directory where it keeps its append-only file (and nothing else)
     * @param appendOnly whether it persists every write to an append-only file, so that a restart keeps them
     * @param port the port to listen on when it is free; 0, or a port in use: a free one
     */
    public record Options(Path directory, boolean appendOnly, int port) {

        /** Rejects a null directory and ports out of range. */
        public Options {
            java.util.Objects.requireNonNull(directory, "directory");
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
            }
        }

        /** Options for a free port. */
        public Options(Path directory, boolean appendOnly) {
            this(directory, appendOnly, 0);
        }

        /** These options preferring that port (used when free, else a free one). */
        public Options withPreferredPort(int preferred) {
            return new Options(directory, appendOnly, preferred);
        }

        /** A server without persistence, in a fresh temporary directory. */
        public static Options ephemeral() {
            try {
                return new Options(Files.createTempDirectory("korrect-redis-"), false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** These options with an append-only file. */
        public Options withAppendOnly() {
            return new Options(directory, true, port);
        }
    }
}
