package ng.korrect.bus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import ng.korrect.bus.policy.RetryPolicy;
import ng.korrect.catalog.CodecOptions;

/**
 * Settings of the bus. Immutable; build with {@link #builder(String)}, which starts from the
 * documented defaults and checks every setting when {@link Builder#build()} is called.
 *
 * @param redisUrl where Redis is: {@code redis://host:port} or {@code rediss://host:port} (standalone), or
 *     {@code redis-sentinel://host:port[,host:port...][/db]#master} or {@code rediss-sentinel://...} (Sentinel: the
 *     bus connects to the master the Sentinels name, and again to the new one after a failover); user and
 *     password in the URL are the data nodes' ({@link #SUPPORTED_SCHEMES})
 * @param maxLength the {@code MAXLEN ~} of every {@code XADD} (default {@value #DEFAULT_MAX_LENGTH})
 * @param publishTimeout how long a publish waits for Redis before failing (default 5 s)
 * @param batchSize how many entries one read asks for (default {@value #DEFAULT_BATCH_SIZE})
 * @param blockTime how long a read waits for new entries (default 2 s); also bounds how fast a stop begins
 * @param maxInFlight how many entries a group holds at most, read but not yet acknowledged (default {@value #DEFAULT_MAX_IN_FLIGHT})
 * @param retryPolicy when failed deliveries are retried and dead-lettered (default {@link RetryPolicy#DEFAULT})
 * @param claimMinIdle how long an entry stays pending on another consumer before it is claimed (default 60 s)
 * @param claimInterval how often pending entries are looked for (default 10 s)
 * @param consumerIdleRemoval how long a consumer with nothing pending may stay idle before it is removed from the group (default 1 h)
 * @param drainTimeout how long a stop waits for in-flight handlers (default 10 s)
 * @param reconnectBackoffMax the longest wait between attempts while Redis is unreachable (default 5 s)
 * @param instanceId this process's consumer name within its groups ({@code KORRECT_INSTANCE_ID}); default: host
 *     name, group and process id, so that two processes never share one; a group refuses to start under a name
 *     a live consumer holds
 * @param codecOptions the codec's settings (envelope size limit)
 * @param lagWarningRatio the share of {@code maxLength} at which a group's lag is warned about (default 0.8)
 * @param retentionCheckInterval how often each group's lag and trimmed entries are looked at (default 10 s)
 * @param trimAckedOnly whether to trim with {@code ACKED} when the server has it (Redis 8.2+), so that
 *     unacknowledged entries are kept (default true)
 * @param trustedCertificates a PEM file of the certificates (a private CA's, say) that a {@code rediss://} server's
 *     certificate must chain to, instead of the JVM's trust store ({@code REDIS_TLS_CA_FILE} in the services);
 *     empty: the JVM's trust store. The certificate must also name the URL's host: the peer is verified in full
 * @param replicaAcks after each atomic publish ({@link EventPublisher#publishAtomically}, and so every batch of the
 *     outbox relay), how many replicas must have acknowledged it ({@code WAIT}) before it counts as published; fewer
 *     within {@code replicaAckTimeout} fail the publish with {@link PublishFailedException}, so that the relay keeps
 *     its rows and tries again. 0 (the default): no waiting, as for a Redis without replicas. Redis replicates
 *     asynchronously: without it, an event the master took can vanish when Sentinel promotes a replica
 * @param replicaAckTimeout how long a publish waits for {@code replicaAcks} replicas (default 1 s); when it waits
 *     for any, shorter than {@code publishTimeout}
 */
public record BusOptions(
        String redisUrl,
        long maxLength,
        Duration publishTimeout,
        int batchSize,
        Duration blockTime,
        int maxInFlight,
        RetryPolicy retryPolicy,
        Duration claimMinIdle,
        Duration claimInterval,
        Duration consumerIdleRemoval,
        Duration drainTimeout,
        Duration reconnectBackoffMax,
        Optional<String> instanceId,
        CodecOptions codecOptions,
        double lagWarningRatio,
        Duration retentionCheckInterval,
        boolean trimAckedOnly,
        Optional<Path> trustedCertificates,
        int replicaAcks,
        Duration replicaAckTimeout) {

    /**
     * The schemes a {@code redisUrl} may have, as Lettuce reads them: standalone ({@code redis}, {@code rediss})
     * and Sentinel ({@code redis-sentinel}, {@code rediss-sentinel}).
     */
    public static final List<String> SUPPORTED_SCHEMES =
            List.of("redis://", "rediss://", "redis-sentinel://", "rediss-sentinel://");

    /** The default {@code MAXLEN ~} of every stream, as the contracts fix it. */
    public static final long DEFAULT_MAX_LENGTH = 10_000;
    /** The default number of entries per read. */
    public static final int DEFAULT_BATCH_SIZE = 100;
    /** The default bound on entries held per group. */
    public static final int DEFAULT_MAX_IN_FLIGHT = 256;

    /** Checks every setting, naming the one that is wrong. */
    public BusOptions {
        Objects.requireNonNull(redisUrl, "redisUrl");
        if (!isSupportedRedisUrl(redisUrl)) {
            throw new IllegalArgumentException("redisUrl must start with " + String.join(", ", SUPPORTED_SCHEMES)
                    + ", was " + redisUrl.replaceFirst("//([^:@/]*):[^@/]*@", "//$1:***@"));
        }
        requireAtLeast(maxLength, 1, "maxLength");
        requireAtLeast(batchSize, 1, "batchSize");
        requireAtLeast(maxInFlight, 1, "maxInFlight");
        requirePositive(publishTimeout, "publishTimeout");
        requirePositive(blockTime, "blockTime");
        requirePositive(claimMinIdle, "claimMinIdle");
        requirePositive(claimInterval, "claimInterval");
        requirePositive(consumerIdleRemoval, "consumerIdleRemoval");
        requirePositive(drainTimeout, "drainTimeout");
        requirePositive(reconnectBackoffMax, "reconnectBackoffMax");
        Objects.requireNonNull(retryPolicy, "retryPolicy");
        Objects.requireNonNull(instanceId, "instanceId");
        instanceId.filter(String::isBlank).ifPresent(blank -> {
            throw new IllegalArgumentException("instanceId must not be blank");
        });
        Objects.requireNonNull(codecOptions, "codecOptions");
        if (!(lagWarningRatio > 0 && lagWarningRatio <= 1)) {
            throw new IllegalArgumentException("lagWarningRatio must be in (0, 1], was " + lagWarningRatio);
        }
        requirePositive(retentionCheckInterval, "retentionCheckInterval");
        Objects.requireNonNull(trustedCertificates, "trustedCertificates");
        trustedCertificates.filter(file -> !Files.isReadable(file)).ifPresent(file -> {
            throw new IllegalArgumentException("trustedCertificates must be a readable PEM file, was " + file);
        });
        requireAtLeast(replicaAcks, 0, "replicaAcks");
        requirePositive(replicaAckTimeout, "replicaAckTimeout");
        if (replicaAcks > 0 && replicaAckTimeout.compareTo(publishTimeout) >= 0) {
            throw new IllegalArgumentException("replicaAckTimeout must be shorter than publishTimeout ("
                    + publishTimeout + "), was " + replicaAckTimeout);
        }
    }

    /** Whether the URL has one of the {@link #SUPPORTED_SCHEMES}. */
    public static boolean isSupportedRedisUrl(String url) {
        return url != null && SUPPORTED_SCHEMES.stream().anyMatch(url::startsWith);
    }

    /** Whether the URL names Sentinels rather than a Redis ({@code redis-sentinel://}, {@code rediss-sentinel://}). */
    public static boolean isSentinelUrl(String url) {
        return url != null && (url.startsWith("redis-sentinel://") || url.startsWith("rediss-sentinel://"));
    }

    /** A builder with the defaults, for that Redis. */
    public static Builder builder(String redisUrl) {
        return new Builder(redisUrl);
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    private static void requireAtLeast(long value, long min, String name) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + ", was " + value);
        }
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration, was " + duration);
        }
    }

    /** Builds {@link BusOptions}. */
    public static final class Builder {
        private String redisUrl;
        private long maxLength = DEFAULT_MAX_LENGTH;
        private Duration publishTimeout = Duration.ofSeconds(5);
        private int batchSize = DEFAULT_BATCH_SIZE;
        private Duration blockTime = Duration.ofSeconds(2);
        private int maxInFlight = DEFAULT_MAX_IN_FLIGHT;
        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
        private Duration claimMinIdle = Duration.ofSeconds(60);
        private Duration claimInterval = Duration.ofSeconds(10);
        private Duration consumerIdleRemoval = Duration.ofHours(1);
        private Duration drainTimeout = Duration.ofSeconds(10);
        private Duration reconnectBackoffMax = Duration.ofSeconds(5);
        private Optional<String> instanceId = Optional.empty();
        private CodecOptions codecOptions = CodecOptions.defaults();
        private double lagWarningRatio = 0.8;
        private Duration retentionCheckInterval = Duration.ofSeconds(10);
        private boolean trimAckedOnly = true;
        private Optional<Path> trustedCertificates = Optional.empty();
        private int replicaAcks;
        private Duration replicaAckTimeout = Duration.ofSeconds(1);

        private Builder(String redisUrl) {
            this.redisUrl = redisUrl;
        }

        private Builder(BusOptions options) {
            redisUrl = options.redisUrl;
            maxLength = options.maxLength;
            publishTimeout = options.publishTimeout;
            batchSize = options.batchSize;
            blockTime = options.blockTime;
            maxInFlight = options.maxInFlight;
            retryPolicy = options.retryPolicy;
            claimMinIdle = options.claimMinIdle;
            claimInterval = options.claimInterval;
            consumerIdleRemoval = options.consumerIdleRemoval;
            drainTimeout = options.drainTimeout;
            reconnectBackoffMax = options.reconnectBackoffMax;
            instanceId = options.instanceId;
            codecOptions = options.codecOptions;
            lagWarningRatio = options.lagWarningRatio;
            retentionCheckInterval = options.retentionCheckInterval;
            trimAckedOnly = options.trimAckedOnly;
            trustedCertificates = options.trustedCertificates;
            replicaAcks = options.replicaAcks;
            replicaAckTimeout = options.replicaAckTimeout;
        }

        /** See {@link BusOptions#maxLength()}. */
        public Builder maxLength(long maxLength) {
            this.maxLength = maxLength;
            return this;
        }

        /** See {@link BusOptions#publishTimeout()}. */
        public Builder publishTimeout(Duration publishTimeout) {
            this.publishTimeout = publishTimeout;
            return this;
        }

        /** See {@link BusOptions#batchSize()}. */
        public Builder batchSize(int batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        /** See {@link BusOptions#blockTime()}. */
        public Builder blockTime(Duration blockTime) {
            this.blockTime = blockTime;
            return this;
        }

        /** See {@link BusOptions#maxInFlight()}. */
        public Builder maxInFlight(int maxInFlight) {
            this.maxInFlight = maxInFlight;
            return this;
        }

        /** See {@link BusOptions#retryPolicy()}. */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = retryPolicy;
            return this;
        }

        /** See {@link BusOptions#claimMinIdle()}. */
        public Builder claimMinIdle(Duration claimMinIdle) {
            this.claimMinIdle = claimMinIdle;
            return this;
        }

        /** See {@link BusOptions#claimInterval()}. */
        public Builder claimInterval(Duration claimInterval) {
            this.claimInterval = claimInterval;
            return this;
        }

        /** See {@link BusOptions#consumerIdleRemoval()}. */
        public Builder consumerIdleRemoval(Duration consumerIdleRemoval) {
            this.consumerIdleRemoval = consumerIdleRemoval;
            return this;
        }

        /** See {@link BusOptions#drainTimeout()}. */
        public Builder drainTimeout(Duration drainTimeout) {
            this.drainTimeout = drainTimeout;
            return this;
        }

        /** See {@link BusOptions#reconnectBackoffMax()}. */
        public Builder reconnectBackoffMax(Duration reconnectBackoffMax) {
            this.reconnectBackoffMax = reconnectBackoffMax;
            return this;
        }

        /** See {@link BusOptions#instanceId()}. */
        public Builder instanceId(String instanceId) {
            this.instanceId = Optional.ofNullable(instanceId);
            return this;
        }

        /** See {@link BusOptions#codecOptions()}. */
        public Builder codecOptions(CodecOptions codecOptions) {
            this.codecOptions = codecOptions;
            return this;
        }

        /** See {@link BusOptions#lagWarningRatio()}. */
        public Builder lagWarningRatio(double lagWarningRatio) {
            this.lagWarningRatio = lagWarningRatio;
            return this;
        }

        /** See {@link BusOptions#retentionCheckInterval()}. */
        public Builder retentionCheckInterval(Duration retentionCheckInterval) {
            this.retentionCheckInterval = retentionCheckInterval;
            return this;
        }

        /** See {@link BusOptions#trimAckedOnly()}. */
        public Builder trimAckedOnly(boolean trimAckedOnly) {
            this.trimAckedOnly = trimAckedOnly;
            return this;
        }

        /** See {@link BusOptions#trustedCertificates()}. */
        public Builder trustedCertificates(Path pemFile) {
            this.trustedCertificates = Optional.of(pemFile);
            return this;
        }

        /** See {@link BusOptions#replicaAcks()} and {@link BusOptions#replicaAckTimeout()}; 0 replicas: no waiting. */
        public Builder replicaAcks(int replicas, Duration timeout) {
            this.replicaAcks = replicas;
            this.replicaAckTimeout = timeout;
            return this;
        }

        /** The options; throws {@link IllegalArgumentException} naming the first wrong setting. */
        public BusOptions build() {
            return new BusOptions(redisUrl, maxLength, publishTimeout, batchSize, blockTime, maxInFlight,
                    retryPolicy, claimMinIdle, claimInterval, consumerIdleRemoval, drainTimeout,
                    reconnectBackoffMax, instanceId, codecOptions, lagWarningRatio, retentionCheckInterval,
                    trimAckedOnly, trustedCertificates, replicaAcks, replicaAckTimeout);
        }
    }
}
