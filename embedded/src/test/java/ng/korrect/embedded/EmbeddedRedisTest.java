package ng.korrect.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedRedisTest {

    @Test
    void shouldServeCommandsOnAFreeLoopbackPort() {
        try (EmbeddedRedis redis = EmbeddedRedis.start(EmbeddedRedis.Options.ephemeral())) {
            assertThat(redis.url()).startsWith("redis://127.0.0.1:");
            try (RedisClient client = RedisClient.create(redis.url());
                 StatefulRedisConnection<String, String> connection = client.connect()) {
                assertThat(connection.sync().ping()).isEqualTo("PONG");
            }
        }
    }

    @Test
    void shouldKeepEveryWriteAcrossARestartWithAnAppendOnlyFile(@TempDir Path directory) {
        try (EmbeddedRedis redis = EmbeddedRedis.start(new EmbeddedRedis.Options(directory, true));
             RedisClient client = RedisClient.create(redis.url())) {
            try (StatefulRedisConnection<String, String> connection = client.connect()) {
                for (int i = 0; i < 100; i++) {
                    connection.sync().xadd("korrect:test", "n", Integer.toString(i));
                }
            }
            redis.restart();
            try (StatefulRedisConnection<String, String> connection = client.connect()) {
                assertThat(connection.sync().xlen("korrect:test")).isEqualTo(100);
            }
        }
    }

    @Test
    void shouldStartTheServerAgainWithEveryAnsweredWriteWhenItIsKilled(@TempDir Path directory) throws Exception {
        try (EmbeddedRedis redis = EmbeddedRedis.start(new EmbeddedRedis.Options(directory, true));
             RedisClient client = RedisClient.create(redis.url())) {
            redis.keepRunning();
            try (StatefulRedisConnection<String, String> connection = client.connect()) {
                for (int i = 0; i < 100; i++) {
                    connection.sync().xadd("korrect:test", "n", Integer.toString(i));
                }
            }
            long killed = redis.pid().orElseThrow();

            new ProcessBuilder("kill", "-KILL", Long.toString(killed)).start().waitFor();

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(redis.pid()).isPresent().isNotEqualTo(Optional.of(killed));
                try (StatefulRedisConnection<String, String> connection = client.connect()) {
                    assertThat(connection.sync().xlen("korrect:test")).isEqualTo(100);
                }
            });
        }
    }

    @Test
    void shouldNotStartAServerAgainThatWasStoppedOnPurpose(@TempDir Path directory) throws Exception {
        try (EmbeddedRedis redis = EmbeddedRedis.start(new EmbeddedRedis.Options(directory, true))) {
            redis.keepRunning();

            redis.stop();

            Thread.sleep(1_000); // several rounds of the watch, which must leave it stopped
            assertThat(redis.isRunning()).isFalse();
        }
    }

    @Test
    void shouldRunTheServerInASessionOfItsOwnSoThatATerminalsCtrlCDoesNotReachIt() throws Exception {
        Path ownStat = Path.of("/proc/self/stat");
        assumeTrue(Files.exists(ownStat) && Files.isExecutable(Path.of("/usr/bin/setsid")), "Linux with setsid");
        try (EmbeddedRedis redis = EmbeddedRedis.start(EmbeddedRedis.Options.ephemeral());
             RedisClient client = RedisClient.create(redis.url());
             StatefulRedisConnection<String, String> connection = client.connect()) {
            String pid = connection.sync().info("server").lines().filter(line -> line.startsWith("process_id:"))
                    .map(line -> line.substring("process_id:".length()).trim()).findFirst().orElseThrow();

            assertThat(session(Path.of("/proc", pid, "stat"))).isNotEqualTo(session(ownStat));
            assertThat(session(Path.of("/proc", pid, "stat"))).as("it leads its session").isEqualTo(pid);
        }
    }

    @Test
    void shouldStopAServerThatAKilledProcessLeftRunningOnTheDirectoryKeepingItsWritesAndItsPort(@TempDir Path directory)
            throws Exception {
        EmbeddedRedis leftOver = EmbeddedRedis.start(new EmbeddedRedis.Options(directory, true));
        long leftOverPid;
        try (RedisClient client = RedisClient.create(leftOver.url());
             StatefulRedisConnection<String, String> connection = client.connect()) {
            connection.sync().xadd("korrect:test", "n", "1");
            leftOverPid = Long.parseLong(connection.sync().info("server").lines()
                    .filter(line -> line.startsWith("process_id:")).findFirst().orElseThrow().substring(11).trim());
        }

        try (EmbeddedRedis redis = EmbeddedRedis.start(new EmbeddedRedis.Options(directory, true)
                        .withPreferredPort(leftOver.port()));
             RedisClient client = RedisClient.create(redis.url());
             StatefulRedisConnection<String, String> connection = client.connect()) {
            assertThat(redis.port()).as("the port the left-over held, where the CLI looks").isEqualTo(leftOver.port());
            assertThat(ProcessHandle.of(leftOverPid).map(ProcessHandle::isAlive)).isIn(java.util.Optional.empty(),
                    java.util.Optional.of(false));
            assertThat(connection.sync().xlen("korrect:test")).isEqualTo(1);
        } finally {
            leftOver.close();
        }
    }

    /** The session id in a /proc/PID/stat line: the 4th field after the command's closing parenthesis. */
    private static String session(Path stat) throws java.io.IOException {
        String line = Files.readString(stat);
        return line.substring(line.lastIndexOf(')') + 2).split(" ")[3];
    }

    @Test
    void shouldStopListeningWhenClosed() {
        EmbeddedRedis redis = EmbeddedRedis.start(EmbeddedRedis.Options.ephemeral());
        redis.close();
        assertThat(redis.isRunning()).isFalse();
    }

    @Test
    void shouldListenOnThePreferredPortWhenItIsFree() throws Exception {
        int free;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            free = probe.getLocalPort();
        }
        try (EmbeddedRedis redis = EmbeddedRedis.start(EmbeddedRedis.Options.ephemeral().withPreferredPort(free))) {
            assertThat(redis.port()).isEqualTo(free);
        }
    }

    @Test
    void shouldTakeAnotherPortWhenThePreferredOneIsInUse() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
             EmbeddedRedis redis = EmbeddedRedis.start(
                     EmbeddedRedis.Options.ephemeral().withPreferredPort(taken.getLocalPort()))) {
            assertThat(redis.port()).isNotEqualTo(taken.getLocalPort());
            try (RedisClient client = RedisClient.create(redis.url());
                 StatefulRedisConnection<String, String> connection = client.connect()) {
                assertThat(connection.sync().ping()).isEqualTo("PONG");
            }
        }
    }
}
