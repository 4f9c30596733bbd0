package ng.korrect.bench.bus;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.util.Optional;
import ng.korrect.embedded.EmbeddedRedis;

/**
 * The Redis the benchmarks run against: the one {@code REDIS_URL} names, else an embedded one (no
 * persistence) that lives as long as the run. Also a plain string connection for preparing and
 * checking streams.
 */
final class BenchServer implements AutoCloseable {

    private final String url;
    private final Optional<EmbeddedRedis> embedded;
    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;

    private BenchServer(String url, Optional<EmbeddedRedis> embedded) {
        this.url = url;
        this.embedded = embedded;
        this.client = RedisClient.create(url);
        this.connection = client.connect();
    }

    /** Connects to {@code REDIS_URL} when set, else starts an embedded Redis. */
    static BenchServer fromEnvironment() {
        String configured = System.getenv("REDIS_URL");
        if (configured != null && !configured.isBlank()) {
            return new BenchServer(configured, Optional.empty());
        }
        EmbeddedRedis redis = EmbeddedRedis.start(EmbeddedRedis.Options.ephemeral());
        return new BenchServer(redis.url(), Optional.of(redis));
    }

    /** Connects to a running server, which closing leaves running. */
    static BenchServer connect(String url) {
        return new BenchServer(url, Optional.empty());
    }

    String url() {
        return url;
    }

    boolean isEmbedded() {
        return embedded.isPresent();
    }

    RedisCommands<String, String> redis() {
        return connection.sync();
    }

    /** The {@code redis_version} of {@code INFO server}. */
    String version() {
        for (String line : redis().info("server").split("\r?\n")) {
            if (line.startsWith("redis_version:")) {
                return line.substring("redis_version:".length()).trim();
            }
        }
        return "unknown";
    }

    /** Deletes keys the benchmarks write (their consumer groups go with them). */
    void delete(String... keys) {
        redis().del(keys);
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown();
        embedded.ifPresent(EmbeddedRedis::close);
    }
}
