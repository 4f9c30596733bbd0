package ng.korrect.bus;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.nio.file.Files;
import ng.korrect.embedded.EmbeddedRedis;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A Redis of the test class's own: an embedded server on a free port, started before the class,
 * emptied before each test and stopped after the class, so that tests never touch the machine's
 * Redis nor each other's keys. Register it as a static field:
 * {@code @RegisterExtension static final RedisFixture redis = RedisFixture.ephemeral();}
 */
public final class RedisFixture implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private final boolean appendOnly;
    private EmbeddedRedis server;
    private RedisClient client;
    private StatefulRedisConnection<String, String> connection;

    private RedisFixture(boolean appendOnly) {
        this.appendOnly = appendOnly;
    }

    /** A server that keeps nothing on disk. */
    public static RedisFixture ephemeral() {
        return new RedisFixture(false);
    }

    /** A server with an append-only file, so that a restart keeps every write. */
    public static RedisFixture appendOnly() {
        return new RedisFixture(true);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        EmbeddedRedis.Options options = new EmbeddedRedis.Options(Files.createTempDirectory("korrect-test-redis-"), appendOnly);
        server = EmbeddedRedis.start(options);
        client = RedisClient.create(server.url());
        connection = client.connect();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        redis().flushall();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        connection.close();
        client.shutdown();
        server.close();
    }

    /** The server's URL. */
    public String url() {
        return server.url();
    }

    /** The server, to stop or restart it. */
    public EmbeddedRedis server() {
        return server;
    }

    /** Plain string commands, for preparing and checking streams. */
    public RedisCommands<String, String> redis() {
        return connection.sync();
    }

    /** The fixture's own connection, for code under test that takes one. */
    public StatefulRedisConnection<String, String> connection() {
        return connection;
    }

    /** Empties the server. */
    public void flush() {
        redis().flushall();
    }
}
