package ng.korrect.bus.internal;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SslOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import ng.korrect.bus.BusOptions;
import ng.korrect.bus.retention.ServerVersion;

/**
 * The bus's Redis connections: one shared, multiplexed connection for publishes and acknowledgements,
 * one for transactions (a {@code MULTI} must not interleave with other callers' commands), and a new
 * dedicated one per blocking reader. Commands are rejected at once while disconnected, so that a
 * publish fails fast instead of queueing without bound.
 */
final class RedisConnections implements AutoCloseable {

    /** Stream keys and field names as strings, values as bytes: the envelope is written as encoded. */
    static final RedisCodec<String, byte[]> CODEC = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);

    private final RedisClient client;
    private final StatefulRedisConnection<String, byte[]> shared;
    private final StatefulRedisConnection<String, byte[]> transactions;
    private final ReentrantLock transactionLock = new ReentrantLock();
    private final Duration commandTimeout;

    RedisConnections(BusOptions options) {
        RedisURI uri = RedisURI.create(options.redisUrl());
        uri.setTimeout(options.publishTimeout());
        commandTimeout = options.publishTimeout();
        client = RedisClient.create(uri);
        ClientOptions.Builder clientOptions = ClientOptions.builder();
        options.trustedCertificates().ifPresent(pemFile ->
                clientOptions.sslOptions(SslOptions.builder().jdkSslProvider().trustManager(pemFile.toFile()).build()));
        client.setOptions(clientOptions
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(options.publishTimeout()))
                .build());
        shared = client.connect(CODEC);
        transactions = client.connect(CODEC);
    }

    /** The server's version, or 0.0 when it cannot be read. */
    ServerVersion serverVersion() {
        try {
            return ServerVersion.fromInfo(shared.sync().info("server"));
        } catch (RuntimeException e) {
            return new ServerVersion(0, 0);
        }
    }

    /** The shared connection: thread-safe, pipelines the commands of all callers. */
    StatefulRedisConnection<String, byte[]> shared() {
        return shared;
    }

    /** Runs work on the transaction connection, alone. */
    <T> T inTransactionConnection(java.util.function.Function<StatefulRedisConnection<String, byte[]>, T> work) {
        transactionLock.lock();
        try {
            return work.apply(transactions);
        } finally {
            transactionLock.unlock();
        }
    }

    /** A new connection for one blocking reader, whose commands may wait {@code blockTime} more than others. */
    StatefulRedisConnection<String, byte[]> dedicated(Duration blockTime) {
        StatefulRedisConnection<String, byte[]> connection = client.connect(CODEC);
        connection.setTimeout(commandTimeout.plus(blockTime));
        return connection;
    }

    @Override
    public void close() {
        shared.close();
        transactions.close();
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
}
