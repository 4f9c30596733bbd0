package ng.korrect.bus;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.sentinel.api.StatefulRedisSentinelConnection;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import ng.korrect.embedded.EmbeddedRedis;

/**
 * A master, its replicas ({@code --replicaof}) and three Sentinels watching them, each a {@code redis-server}
 * process of the machine's (the binary the embedded Redis runs: {@code KORRECT_REDIS_SERVER}, else the
 * {@code PATH}'s) on loopback and a free port, in a temporary directory. {@link #start(int)} returns once the
 * replicas are in sync and every Sentinel knows the other two and each replica, by polling; {@link #close()}
 * kills them all. Sentinels mark a master down after {@value #DOWN_AFTER_MILLIS} ms without an answer, so a
 * failover takes a few seconds.
 */
public final class SentinelTopology implements AutoCloseable {

    /** The name under which the Sentinels know the master: the {@code #fragment} of the URL. */
    public static final String MASTER_NAME = "korrect";
    static final int DOWN_AFTER_MILLIS = 1000;
    private static final int SENTINELS = 3;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final Path directory;
    private final File binary;
    private final Optional<String> password;
    private final Map<Integer, Process> dataNodes = new LinkedHashMap<>();
    private final Map<Integer, Process> sentinels = new LinkedHashMap<>();

    private SentinelTopology(Path directory, File binary, Optional<String> password) {
        this.directory = directory;
        this.binary = binary;
        this.password = password;
    }

    /** Whether the machine has a {@code redis-server} binary (not the embedded library's), which Sentinel needs. */
    public static boolean available() {
        return binary().isPresent();
    }

    /** Starts a master with that many replicas and three Sentinels, and waits until they all know each other. */
    public static SentinelTopology start(int replicas) {
        return start(replicas, Optional.empty());
    }

    /**
     * Like {@link #start(int)}, with that password on the data nodes ({@code requirepass} of the {@code default}
     * user, {@code masterauth} for the replicas, {@code sentinel auth-pass} for the Sentinels), the Sentinels
     * themselves open.
     */
    public static SentinelTopology start(int replicas, Optional<String> password) {
        try {
            SentinelTopology topology = new SentinelTopology(Files.createTempDirectory("korrect-sentinel-"),
                    binary().orElseThrow(() -> new IllegalStateException("no redis-server on this machine")), password);
            try {
                topology.startAll(replicas);
                return topology;
            } catch (RuntimeException | IOException e) {
                topology.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the Sentinel topology", e);
        }
    }

    private void startAll(int replicas) throws IOException {
        int master = freePort();
        dataNodes.put(master, startDataNode(master, Optional.empty()));
        for (int i = 0; i < replicas; i++) {
            int port = freePort();
            dataNodes.put(port, startDataNode(port, Optional.of(master)));
        }
        awaitThat("the master and " + replicas + " replicas in sync", () -> onlineReplicas(master) == replicas);
        for (int i = 0; i < SENTINELS; i++) {
            int port = freePort();
            sentinels.put(port, startSentinel(port, master));
        }
        awaitThat("every Sentinel knowing the other two and the " + replicas + " replicas",
                () -> sentinels.keySet().stream().allMatch(port -> sentinelSees(port, replicas)));
    }

    /**
     * The URL for Lettuce: {@code redis-sentinel://127.0.0.1:p1,127.0.0.1:p2,127.0.0.1:p3#korrect}, with
     * {@code :password@} before the first host when the data nodes have one.
     */
    public String url() {
        return "redis-sentinel://" + password.map(secret -> ":" + secret + "@").orElse("") + sentinels.keySet().stream().map(port -> "127.0.0.1:" + port)
                .collect(Collectors.joining(",")) + "#" + MASTER_NAME;
    }

    /** The port of the master as the Sentinels name it now. */
    public int masterPort() {
        for (int sentinel : sentinels.keySet()) {
            try {
                return sentinelAddress(sentinel).getPort();
            } catch (RuntimeException tryTheNext) {
                // another Sentinel may answer
            }
        }
        throw new IllegalStateException("no Sentinel names a master");
    }

    /** A plain URL of one data node, for checks on it ({@code redis://[:password@]127.0.0.1:port}). */
    public String nodeUrl(int port) {
        return "redis://" + password.map(secret -> ":" + secret + "@").orElse("") + "127.0.0.1:" + port;
    }

    /** The ports of the data nodes still running. */
    public List<Integer> runningDataNodes() {
        return dataNodes.entrySet().stream().filter(node -> node.getValue().isAlive()).map(Map.Entry::getKey).toList();
    }

    /** Kills the current master with SIGKILL, as a crash would end it; returns its port. */
    public int killMaster() {
        int master = masterPort();
        Process process = dataNodes.get(master);
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return master;
    }

    /** The ports of the replicas of the current master. */
    public List<Integer> replicaPorts() {
        int master = masterPort();
        return runningDataNodes().stream().filter(port -> port != master).toList();
    }

    /** Stops a data node's process ({@code SIGSTOP}): it holds its connections but neither reads nor answers. */
    public void freeze(int port) {
        signal(port, "STOP");
    }

    /** Lets a frozen data node's process go on ({@code SIGCONT}). */
    public void thaw(int port) {
        signal(port, "CONT");
    }

    private void signal(int port, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(dataNodes.get(port).pid()))
                    .inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -" + signal + " failed for the node on port " + port);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until the Sentinels name another master than the one on that port, it answers as a master, and it
     * has that many replicas in sync; returns its port.
     */
    public int awaitFailover(int oldMaster, int replicas) {
        awaitThat("a new master with " + replicas + " replicas in sync", () -> {
            int master = masterPort();
            return master != oldMaster && role(master).equals("master") && onlineReplicas(master) >= replicas;
        });
        return masterPort();
    }

    /** Kills every process and deletes the directory. */
    @Override
    public void close() {
        List<Process> all = new ArrayList<>(sentinels.values());
        all.addAll(dataNodes.values());
        all.forEach(Process::destroyForcibly);
        for (Process process : all) {
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException leftBehind) {
            // a temporary directory; the system cleans it up
        }
    }

    private Process startDataNode(int port, Optional<Integer> master) throws IOException {
        Path dir = Files.createDirectories(directory.resolve("node-" + port));
        List<String> command = new ArrayList<>(List.of(binary.getPath(), "--port", Integer.toString(port),
                "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir.toString()));
        master.ifPresent(masterPort -> command.addAll(List.of("--replicaof", "127.0.0.1", Integer.toString(masterPort))));
        password.ifPresent(secret -> command.addAll(List.of("--requirepass", secret, "--masterauth", secret)));
        return start(command, dir);
    }

    private Process startSentinel(int port, int master) throws IOException {
        Path dir = Files.createDirectories(directory.resolve("sentinel-" + port));
        Path config = dir.resolve("sentinel.conf");
        Files.writeString(config, String.join("\n",
                "port " + port,
                "bind 127.0.0.1",
                "dir " + dir,
                "sentinel monitor " + MASTER_NAME + " 127.0.0.1 " + master + " 2",
                "sentinel down-after-milliseconds " + MASTER_NAME + " " + DOWN_AFTER_MILLIS,
                "sentinel failover-timeout " + MASTER_NAME + " 10000",
                "sentinel parallel-syncs " + MASTER_NAME + " 1",
                password.map(secret -> "sentinel auth-pass " + MASTER_NAME + " " + secret).orElse(""),
                ""));
        return start(List.of(binary.getPath(), config.toString(), "--sentinel"), dir);
    }

    private static Process start(List<String> command, Path dir) throws IOException {
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile()).start();
    }

    private int onlineReplicas(int master) {
        return withNode(master, connection -> (int) connection.sync().info("replication").lines()
                .filter(line -> line.matches("slave\\d+:.*state=online.*")).count(), 0);
    }

    private String role(int port) {
        return withNode(port, connection -> String.valueOf(connection.sync().role().get(0)), "unknown");
    }

    private <T> T withNode(int port, java.util.function.Function<StatefulRedisConnection<String, String>, T> work,
                           T whenUnreachable) {
        RedisURI.Builder uri = RedisURI.builder().withHost("127.0.0.1").withPort(port).withTimeout(Duration.ofSeconds(2));
        password.ifPresent(secret -> uri.withPassword(secret.toCharArray()));
        RedisClient client = RedisClient.create(uri.build());
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            return work.apply(connection);
        } catch (RuntimeException unreachable) {
            return whenUnreachable;
        } finally {
            client.shutdown(Duration.ZERO, Duration.ZERO);
        }
    }

    private static boolean sentinelSees(int sentinel, int replicas) {
        return withSentinel(sentinel, connection -> {
            Map<String, String> master = connection.sync().master(MASTER_NAME);
            return Integer.parseInt(master.getOrDefault("num-other-sentinels", "0")) == SENTINELS - 1
                    && Integer.parseInt(master.getOrDefault("num-slaves", "0")) == replicas;
        });
    }

    private static InetSocketAddress sentinelAddress(int sentinel) {
        RedisClient client = RedisClient.create(RedisURI.builder().withHost("127.0.0.1").withPort(sentinel)
                .withTimeout(Duration.ofSeconds(2)).build());
        try (StatefulRedisSentinelConnection<String, String> connection = client.connectSentinel()) {
            return (InetSocketAddress) connection.sync().getMasterAddrByName(MASTER_NAME);
        } finally {
            client.shutdown(Duration.ZERO, Duration.ZERO);
        }
    }

    private static boolean withSentinel(int sentinel,
                                        java.util.function.Predicate<StatefulRedisSentinelConnection<String, String>> check) {
        RedisClient client = RedisClient.create(RedisURI.builder().withHost("127.0.0.1").withPort(sentinel)
                .withTimeout(Duration.ofSeconds(2)).build());
        try (StatefulRedisSentinelConnection<String, String> connection = client.connectSentinel()) {
            return check.test(connection);
        } catch (RuntimeException notYet) {
            return false;
        } finally {
            client.shutdown(Duration.ZERO, Duration.ZERO);
        }
    }

    private static void awaitThat(String what, BooleanSupplier condition) {
        org.awaitility.Awaitility.await(what).atMost(READY_TIMEOUT).pollInterval(Duration.ofMillis(100))
                .until(condition::getAsBoolean);
    }

    private static Optional<File> binary() {
        Optional<String> named = Optional.ofNullable(System.getenv(EmbeddedRedis.SERVER_BINARY_VARIABLE))
                .filter(name -> !name.isBlank());
        if (named.isPresent()) {
            return Optional.of(new File(named.get())).filter(File::canExecute);
        }
        for (String folder : Optional.ofNullable(System.getenv("PATH")).orElse("").split(File.pathSeparator)) {
            File candidate = new File(folder, "redis-server");
            if (candidate.canExecute()) {
                return Optional.of(candidate);
            }
        }
        return Optional.of(new File("/usr/bin/redis-server")).filter(File::canExecute);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
