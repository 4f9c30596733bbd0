package ng.korrect.bus;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.nio.file.Path;
import ng.korrect.embedded.EmbeddedRedis;

/**
 * A Redis of the test class's own: an embedded server on a free port, emptied before each test, so
 * that tests never touch the machine's Redis nor each other's keys.
 */
final class RedisFixture implements AutoCloseable {

    private final EmbeddedRedis server;
    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;

    private RedisFixture(EmbeddedRedis server) {
        this.server = server;
        this.client = RedisClient.create(server.url());
        this.connection = client.connect();
    }

    static RedisFixture start() {
        return new RedisFixture(EmbeddedRedis.start(EmbeddedRedis.Options.ephemeral()));
    }

    static RedisFixture startWithAppendOnlyFile(Path directory) {
        return new RedisFixture(EmbeddedRedis.start(new EmbeddedRedis.Options(directory, true)));
    }

    String url() {
        return server.url();
    }

    EmbeddedRedis server() {
        return server;
    }

    /** Plain string commands, for preparing and checking streams. */
    RedisCommands<String, String> redis() {
        return connection.sync();
    }

    void flush() {
        redis().flushall();
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown();
        server.close();
    }
}
