package ng.korrect.service;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.nio.file.Files;
import ng.korrect.embedded.EmbeddedRedis;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A Redis of the test class's own: an embedded server on a free port, started before the class and
 * stopped after it. Register it as a static field with {@code @RegisterExtension}.
 */
public final class RedisFixture implements BeforeAllCallback, AfterAllCallback {

    private EmbeddedRedis server;
    private RedisClient client;
    private StatefulRedisConnection<String, String> connection;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        server = EmbeddedRedis.start(new EmbeddedRedis.Options(Files.createTempDirectory("korrect-kit-redis-"), true));
        client = RedisClient.create(server.url());
        connection = client.connect();
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

    /** Plain string commands, for reading streams back. */
    public RedisCommands<String, String> redis() {
        return connection.sync();
    }
}
