package ng.korrect.cli.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.SslOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import ng.korrect.bus.BusOptions;
import ng.korrect.cli.CommandException;

/**
 * One connection to Redis for one command: keys and field names as text, values as bytes, so that
 * an envelope is copied byte for byte. Failing to connect is a usage error (exit status 2) that says
 * where the command looked, without the password.
 */
public final class RedisSession implements AutoCloseable {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(10);
    private static final RedisCodec<String, byte[]> CODEC = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);

    private final RedisClient client;
    private final StatefulRedisConnection<String, byte[]> connection;

    private RedisSession(RedisClient client, StatefulRedisConnection<String, byte[]> connection) {
        this.client = client;
        this.connection = connection;
    }

    /** Connects, or throws a usage error saying why not. */
    public static RedisSession open(String url) {
        return open(url, Optional.empty());
    }

    /** Connects trusting, for {@code rediss://}, the certificates of that PEM file when given; or throws a usage error. */
    public static RedisSession open(String url, Optional<Path> caFile) {
        RedisURI uri = parse(url);
        uri.setTimeout(COMMAND_TIMEOUT);
        RedisClient client = RedisClient.create(uri);
        ClientOptions.Builder options = ClientOptions.builder();
        caFile.ifPresent(file -> options.sslOptions(trusting(file)));
        client.setOptions(options
                .socketOptions(SocketOptions.builder().connectTimeout(CONNECT_TIMEOUT).build())
                .timeoutOptions(TimeoutOptions.enabled(COMMAND_TIMEOUT))
                .autoReconnect(false)
                .build());
        try {
            return new RedisSession(client, client.connect(CODEC));
        } catch (RedisException e) {
            client.shutdown(Duration.ZERO, Duration.ZERO);
            throw unreachable(url, e);
        }
    }

    /** The usage error for a Redis that cannot be reached. */
    public static CommandException unreachable(String url, Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String reason = String.valueOf(root.getMessage()).replace(url, withoutPassword(url));
        return CommandException.usage("cannot reach Redis at " + withoutPassword(url) + ": " + reason, cause);
    }

    /** The URL with its password hidden, fit for messages. */
    public static String withoutPassword(String url) {
        return url.replaceFirst("//([^:@/]*):[^@/]*@", "//$1:***@");
    }

    private static RedisURI parse(String url) {
        if (!BusOptions.isSupportedRedisUrl(url)) {
            throw CommandException.usage("the Redis URL must start with " + String.join(", ", BusOptions.SUPPORTED_SCHEMES)
                    + ", was " + withoutPassword(url));
        }
        try {
            return RedisURI.create(url);
        } catch (IllegalArgumentException e) {
            String reason = String.valueOf(e.getMessage()).replace(url, withoutPassword(url));
            throw CommandException.usage("the Redis URL " + withoutPassword(url) + " is not valid: " + reason);
        }
    }

    private static SslOptions trusting(Path caFile) {
        if (!Files.isReadable(caFile)) {
            throw CommandException.usage("the certificates file " + caFile + " cannot be read");
        }
        return SslOptions.builder().jdkSslProvider().trustManager(caFile.toFile()).build();
    }

    /** Synchronous commands on the session's connection. */
    public RedisCommands<String, byte[]> commands() {
        return connection.sync();
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
    }
}
